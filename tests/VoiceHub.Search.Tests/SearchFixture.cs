using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;
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
    public LuceneIndex Index { get; private set; } = null!;
    public IndexSync Sync { get; private set; } = null!;
    public SearchService Search { get; private set; } = null!;

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
        var job = new IngestDocumentJob(Db.DataSource, Db.Documents, Db.Localities, new DocumentParsers(new SurveyMappingStore(Db.DataSource), Options.Create(new IngestLimits())),
            Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<IngestDocumentJob>.Instance);
        await job.RunAsync(id, CancellationToken.None);
        return id;
    }

    public void Open()
    {
        Index = LuceneIndex.Open(IndexPath, write: true, null);
        Sync = new IndexSync(Index, Db.Items, NullLogger<IndexSync>.Instance);
        Search = new SearchService(Index);
    }

    public void Close() => Index.Dispose();

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Db.DisposeAsync();
        Directory.Delete(IndexPath, recursive: true);
    }
}
