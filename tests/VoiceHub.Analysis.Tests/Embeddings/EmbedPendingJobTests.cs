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
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Embeddings;

/// <summary>The embedding job on a real PostgreSQL, run by a real Hangfire server on the "analysis" queue.</summary>
[Trait("Category", "Slow")]
public sealed class EmbedPendingJobTests(PostgresCluster cluster, Embedders embedders) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private EmbeddingStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        _store = new EmbeddingStore(_db.DataSource);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task HangfireRunsTheJob_IngestedItems_GetEmbeddingsOfTheirRedactedTextWithTheModelId()
    {
        var ids = await AddItemsAsync([
            ("Jane Smith's carer was late every morning", "[NAME]'s carer was late every morning"),
            ("Lovely staff at the day centre", "Lovely staff at the day centre"),
            ("", ""),
        ]);
        var storage = new PostgreSqlStorage(
            new NpgsqlConnectionFactory(_db.ConnectionString, new PostgreSqlStorageOptions()),
            new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, QueuePollInterval = TimeSpan.FromMilliseconds(200) });
        var job = new EmbedPendingJob(embedders.Int8, _store, Options.Create(new EmbeddingOptions { JobBatchSize = 2 }), NullLogger<EmbedPendingJob>.Instance);
        var jobId = new BackgroundJobClient(storage).Enqueue<EmbedPendingJob>(j => j.RunAsync(CancellationToken.None));
        Assert.Equal("analysis", storage.GetMonitoringApi().Queues().Single().Name);

        using (new BackgroundJobServer(new BackgroundJobServerOptions { Queues = ["analysis"], WorkerCount = 1, Activator = new Only(job) }, storage))
        {
            await Eventually.WaitAsync(() => Task.FromResult(storage.GetMonitoringApi().JobDetails(jobId).History.Select(h => h.StateName).ToList()),
                states => states.Contains("Succeeded"), TimeSpan.FromSeconds(60), "the embedding job to succeed");
        }

        var stored = await _store.GetAsync(ids, embedders.Int8.ModelId, CancellationToken.None);
        Assert.Equal(ids.Order(), stored.Keys.Order());
        var expected = embedders.Int8.Embed(["[NAME]'s carer was late every morning"]);
        var cosine = expected[0].Zip(stored[ids[0]], (a, b) => a * b).Sum(); // both unit length
        Assert.True(cosine > 0.995, $"stored vector against the redacted text's: cosine {cosine:0.0000}");
        var raw = embedders.Int8.Embed(["Jane Smith's carer was late every morning"])[0].Zip(stored[ids[0]], (a, b) => a * b).Sum();
        Assert.True(raw < cosine - 0.01, $"the raw text's vector is as close ({raw:0.0000}): the job embedded the raw text");
        Assert.Empty(await _store.PendingAsync(embedders.Int8.ModelId, 10, CancellationToken.None));
        var (byModel, waiting) = await _store.CountsAsync(embedders.Int8.ModelId, CancellationToken.None);
        Assert.Equal([(embedders.Int8.ModelId, 3L)], byModel);
        Assert.Equal(0, waiting);
    }

    [Fact]
    public async Task RunAsync_ModelIdChanged_EmbedsEveryItemAgainWithTheNewModel()
    {
        var ids = await AddItemsAsync([("The carer was kind", "The carer was kind"), ("Transport was cancelled", "Transport was cancelled")]);
        var options = Options.Create(new EmbeddingOptions { JobBatchSize = 500 });
        Assert.Equal(2, await new EmbedPendingJob(embedders.Int8, _store, options, NullLogger<EmbedPendingJob>.Instance).RunAsync(CancellationToken.None));
        Assert.Equal(0, await new EmbedPendingJob(embedders.Int8, _store, options, NullLogger<EmbedPendingJob>.Instance).RunAsync(CancellationToken.None));
        var (_, waiting) = await _store.CountsAsync(embedders.Float32.ModelId, CancellationToken.None);
        Assert.Equal(2, waiting);

        var embedded = await new EmbedPendingJob(embedders.Float32, _store, options, NullLogger<EmbedPendingJob>.Instance).RunAsync(CancellationToken.None);

        Assert.Equal(2, embedded);
        Assert.Empty(await _store.GetAsync(ids, embedders.Int8.ModelId, CancellationToken.None));
        Assert.Equal(2, (await _store.GetAsync(ids, embedders.Float32.ModelId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RunAsync_MoreThanOneRunHolds_StopsAtTheBoundAndTheNextRunGoesOn()
    {
        await AddItemsAsync(Enumerable.Range(0, 7).Select(i => ($"Comment {i}", $"Comment {i}")).ToArray());
        var job = new EmbedPendingJob(embedders.Int8, _store, Options.Create(new EmbeddingOptions { JobBatchSize = 2, JobMaxBatches = 2 }),
            NullLogger<EmbedPendingJob>.Instance);

        Assert.Equal(4, await job.RunAsync(CancellationToken.None));
        Assert.Equal(3, await job.RunAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunAsync(CancellationToken.None));
    }

    private sealed class Only(EmbedPendingJob job) : JobActivator
    {
        public override object ActivateJob(Type jobType) => jobType == typeof(EmbedPendingJob) ? job : throw new InvalidOperationException(jobType.Name);
    }

    private async Task<long[]> AddItemsAsync(IReadOnlyList<(string Raw, string Redacted)> texts)
    {
        var (documentId, _) = await _db.Documents.SaveAsync("survey", "t.csv", "text/csv", Encoding.UTF8.GetBytes(Guid.NewGuid().ToString()), "{}", null, CancellationToken.None);
        var items = texts.Select((t, i) => new NewItem
        {
            Channel = "survey", RawText = t.Raw, RedactedText = t.Redacted, RowNo = i + 2,
            Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes($"{documentId}/{i}")),
        }).ToList();
        await using var conn = await _db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await ItemStore.InsertAsync(conn, tx, documentId, items, CancellationToken.None);
        await tx.CommitAsync();
        return (await conn.QueryAsync<long>("SELECT id FROM items WHERE document_id = @documentId ORDER BY row_no", new { documentId })).ToArray();
    }
}
