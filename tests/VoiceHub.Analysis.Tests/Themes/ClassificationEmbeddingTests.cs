using System.Security.Cryptography;
using System.Text;
using Dapper;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Jobs;
using VoiceHub.Analysis.Tests.Embeddings;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Themes;

/// <summary>
/// Two vectors an item, on a real PostgreSQL with a real Hangfire server and the real tuned encoder (the patch in
/// seeds/encoder): the search embedding from the package's model, the classification embedding from the tuned one; the
/// theme and sentiment model learns from the tuned vectors and reads them, classifying an item from its words until its
/// classification vector is stored, then again.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ClassificationEmbeddingTests(PostgresCluster cluster, Embedders embedders) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ClassificationEmbedder _tuned = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        _tuned = new ClassificationEmbedder(Options.Create(new EmbeddingOptions()),
            Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds, DataDirectory = TestPaths.TempDirectory("voicehub-data") }));
    }

    public async ValueTask DisposeAsync()
    {
        _tuned.Dispose();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task IngestedItems_GetBothVectors_AndAreClassifiedFromWordsThenFromTheTunedVector()
    {
        var themesOptions = Options.Create(new ThemesOptions
        {
            TrainingData = SeedData.WriteTemp(SeedData.Slice(0.07)), BatchSize = 50, Trainers = ["lbfgs"], Folds = 3,
        });
        var active = new ActiveModel(_db.ThemeModels, NullLogger<ActiveModel>.Instance);
        var training = new ModelTraining(_db.DataSource, _db.ThemeModels, _db.Classifications, _db.Themes, active, _tuned, themesOptions,
            Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<ModelTraining>.Instance);
        var classEmbeddings = new ClassificationEmbeddingStore(_db.DataSource);
        var searchEmbeddings = new EmbeddingStore(_db.DataSource);
        var classifier = new ItemClassifier(_db.ThemeModels, _db.Classifications, classEmbeddings, _db.ServiceAreas, active, themesOptions,
            NullLogger<ItemClassifier>.Instance);
        Assert.True((await training.TrainAsync(TrainingReasons.FirstStart, null, null, force: false, CancellationToken.None)).Activated);
        var version = (await _db.ThemeModels.ActiveAsync(CancellationToken.None))!.Version;
        Assert.Equal(_tuned.ModelId, (await active.GetAsync(version, CancellationToken.None))!.Manifest.Meaning?.EmbeddingModel);

        string[] texts = ["The carer visits were always late and nobody rang to say why", "The day centre transport was cancelled again"];
        var ids = await AddItemsAsync(texts);
        // Before its classification vector: classified from the words alone, and the item says so.
        Assert.Equal(2, await classifier.ClassifyPendingAsync(10, CancellationToken.None));
        foreach (var id in ids) Assert.False((await _db.Items.FindDetailsAsync(id, CancellationToken.None))!.ClassifiedWithMeaning);
        Assert.Equal(0, await classifier.ClassifyPendingAsync(10, CancellationToken.None));

        var storage = new PostgreSqlStorage(
            new NpgsqlConnectionFactory(_db.ConnectionString, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromMilliseconds(200) });
        var options = Options.Create(new EmbeddingOptions());
        var searchJob = new EmbedPendingJob(embedders.Int8, searchEmbeddings, options, NullLogger<EmbedPendingJob>.Instance);
        var classJob = new EmbedForClassificationJob(_tuned, classEmbeddings, options, NullLogger<EmbedForClassificationJob>.Instance);
        var client = new BackgroundJobClient(storage);
        string[] jobIds = [client.Enqueue<EmbedPendingJob>(j => j.RunAsync(CancellationToken.None)),
            client.Enqueue<EmbedForClassificationJob>(j => j.RunAsync(CancellationToken.None))];
        using (new BackgroundJobServer(new BackgroundJobServerOptions { Queues = ["analysis"], WorkerCount = 1, Activator = new Jobs(searchJob, classJob) }, storage))
        {
            foreach (var jobId in jobIds)
                await Eventually.WaitAsync(() => Task.FromResult(storage.GetMonitoringApi().JobDetails(jobId).History.Select(h => h.StateName).ToList()),
                    states => states.Contains("Succeeded"), TimeSpan.FromSeconds(120), "the embedding jobs to succeed");
        }

        var search = await searchEmbeddings.GetAsync(ids, embedders.Int8.ModelId, CancellationToken.None);
        var tuned = await classEmbeddings.GetAsync(ids, _tuned.ModelId, CancellationToken.None);
        Assert.Equal(ids.Order(), search.Keys.Order());
        Assert.Equal(ids.Order(), tuned.Keys.Order());
        Assert.Empty(await searchEmbeddings.GetAsync(ids, _tuned.ModelId, CancellationToken.None));
        var expected = _tuned.Embed(texts);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.True(Dot(tuned[ids[i]], expected[i]) > 0.999, "the stored classification vector is the tuned encoder's");
            Assert.True(Dot(tuned[ids[i]], search[ids[i]]) < 0.95, "the classification vector is the search one");
        }

        // Its vector stored, each item is classified again, now from the tuned vector.
        Assert.Equal(2, await classifier.ClassifyPendingAsync(10, CancellationToken.None));
        foreach (var id in ids)
        {
            var details = (await _db.Items.FindDetailsAsync(id, CancellationToken.None))!;
            Assert.True(details.ClassifiedWithMeaning);
            Assert.NotEmpty(details.Themes);
        }
        Assert.Equal(0, await classifier.ClassifyPendingAsync(10, CancellationToken.None));
    }

    private sealed class Jobs(EmbedPendingJob search, EmbedForClassificationJob classification) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(EmbedPendingJob) ? search : jobType == typeof(EmbedForClassificationJob) ? classification : throw new InvalidOperationException(jobType.Name);
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private async Task<long[]> AddItemsAsync(IReadOnlyList<string> texts)
    {
        var (documentId, _) = await _db.Documents.SaveAsync("survey", "t.csv", "text/csv", Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()), "{}", null, CancellationToken.None);
        var items = texts.Select((t, i) => new NewItem
        {
            Channel = "survey", RawText = t, RedactedText = t, RowNo = i + 2,
            Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes($"{documentId}/{i}")),
        }).ToList();
        await using var conn = await _db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await ItemStore.InsertAsync(conn, tx, documentId, items, CancellationToken.None);
        await tx.CommitAsync();
        return (await conn.QueryAsync<long>("SELECT id FROM items WHERE document_id = @documentId ORDER BY row_no", new { documentId })).ToArray();
    }
}
