using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Search.Analysis;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Sandbox;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Queries;
using VoiceHub.TestCommon;

namespace VoiceHub.Search.Tests;

/// <summary>A database with the sample survey ingested, and a real Lucene index on disk in a temporary folder.</summary>
public sealed class SearchFixture : IAsyncDisposable
{
    private SearchFixture(TestDatabase db, string indexPath)
    {
        Db = db;
        IndexPath = indexPath;
    }

    public TestDatabase Db { get; }
    public string IndexPath { get; }
    public IndexHolder Holder { get; private set; } = null!;
    public LuceneIndex Index => Holder.Current;
    public IndexSync Sync { get; private set; } = null!;
    public IndexRebuilder Rebuilder { get; private set; } = null!;
    public SearchService Search { get; private set; } = null!;
    public IndexRequestStore Requests => new(Db.DataSource);

    /// <summary>The synonyms file searches use: the seeds' own unless a test points elsewhere before <see cref="Open"/>.</summary>
    public string SynonymsPath { get; set; } = Path.Combine(TestPaths.Seeds, "synonyms.txt");

    public static async Task<SearchFixture> CreateAsync(PostgresCluster cluster, params string[] samples)
    {
        var db = await TestDatabase.CreateAsync(cluster);
        var fixture = new SearchFixture(db, TestPaths.TempDirectory("voicehub-index"));
        foreach (var sample in samples) await fixture.IngestAsync(sample, File.ReadAllBytes(TestPaths.Sample(sample)));
        fixture.Open();
        return fixture;
    }

    public async Task<long> IngestAsync(string name, byte[] bytes)
    {
        var (id, _) = await Db.Documents.SaveAsync("survey", name, "text/csv", bytes, "{}", null, CancellationToken.None);
        var job = new IngestDocumentJob(Db.DataSource, Db.Documents, Db.Localities, new ParseSandbox(ParseSandboxOptions.ThisHost(), Options.Create(new IngestLimits()), new SurveyMappingStore(Db.DataSource)),
            Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<IngestDocumentJob>.Instance);
        await job.RunAsync(id, CancellationToken.None);
        return id;
    }

    public void Open()
    {
        Holder = IndexHolder.Open(IndexPath, write: true, null);
        Sync = new IndexSync(Holder, Db.Items, NullLogger<IndexSync>.Instance);
        Rebuilder = new IndexRebuilder(Holder, Sync, Requests, NullLogger<IndexRebuilder>.Instance);
        Search = new SearchService(Holder, new Synonyms(SynonymsPath, null));
    }

    public void Close() => Holder.Dispose();

    public async ValueTask DisposeAsync()
    {
        Holder.Dispose();
        await Db.DisposeAsync();
        foreach (var dir in Directory.GetDirectories(Path.GetDirectoryName(IndexPath)!, Path.GetFileName(IndexPath) + "*"))
        {
            Directory.Delete(dir, recursive: true);
        }
        File.Delete(IndexPath + ".lock");
    }
}
