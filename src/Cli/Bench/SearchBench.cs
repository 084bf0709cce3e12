using System.Diagnostics;
using Microsoft.Extensions.Logging;
using VoiceHub.Core.Stores;
using VoiceHub.Search;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Jobs;
using VoiceHub.Search.Queries;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// <c>voicehub bench search</c>: builds a corpus in a throwaway PostgreSQL, indexes it with Lucene through the real
/// follower path (change feed → documents → IndexWriter) and with PostgreSQL full-text search (tsvector + GIN), then
/// times the same fixed query mix on one thread in each, every search counting all facets and making snippets.
/// </summary>
public sealed class SearchBench(string seeds, ILoggerFactory loggers)
{
    private static SearchRequest Request(BenchQuery q) => new()
    {
        Query = q.Text,
        Themes = q.Themes,
        Localities = q.Localities,
        Channels = q.Channels,
        Sentiments = q.Sentiments,
        PageSize = 20,
    };

    public sealed record EngineFigures(double IndexPerSecond, double P50Ms, double P95Ms, double P99Ms, double Qps);

    public sealed record Figures(int Items, EngineFigures Lucene, EngineFigures Postgres, int Queries, TimeSpan Load);

    public async Task<Figures> RunAsync(int items, int rounds, CancellationToken ct)
    {
        var log = loggers.CreateLogger<SearchBench>();
        var corpus = BenchCorpus.Load(seeds);
        log.LogInformation("Starting a throwaway PostgreSQL for the bench");
        await using var db = await BenchDatabase.StartAsync(seeds, ct);
        log.LogInformation("Loading {Items:N0} items built from {Sources:N0} labelled comments", items, corpus.Sources);
        var load = await db.LoadAsync(corpus, items, log, ct);
        log.LogInformation("Loaded in {Seconds:0.0}s", load.TotalSeconds);

        var indexPath = Path.Combine(db.Folder, "index");
        using var holder = IndexHolder.Open(indexPath, write: true, null);
        var sync = new IndexSync(holder, new ItemStore(db.DataSource), loggers.CreateLogger<IndexSync>());
        var clock = Stopwatch.StartNew();
        await sync.CatchUpAsync(ct);
        var luceneBuild = clock.Elapsed;
        log.LogInformation("Lucene indexed {Count:N0} items in {Seconds:0.0}s", holder.Count(), luceneBuild.TotalSeconds);

        var postgres = new PostgresFullText(db.DataSource);
        var postgresBuild = await postgres.BuildAsync(ct);
        log.LogInformation("PostgreSQL built its tsvector column and GIN index in {Seconds:0.0}s", postgresBuild.TotalSeconds);

        var search = new SearchService(holder, new Synonyms(Path.Combine(seeds, "synonyms.txt"), null));
        var localities = (await new LocalityStore(db.DataSource).ListAsync(ct)).Select(l => l.Name).ToList();
        var mix = BenchQuery.Mix(localities);
        await using var conn = await postgres.OpenAsync(ct);

        // Warm up first: a server answers from code the JIT has fully optimised and from warm caches, so that is what
        // is timed. Lucene runs the mix twice and then pauses, letting tiered compilation finish; PostgreSQL once.
        for (var warm = 0; warm < 2; warm++)
        {
            foreach (var q in mix) search.Search(Request(q));
        }
        await Task.Delay(1000, ct);
        foreach (var q in mix) await postgres.SearchAsync(conn, q, ct);
        log.LogInformation("Warmed up; timing {Rounds} round(s) of {Queries} queries", rounds, mix.Count);

        var lucene = new Latencies();
        var pg = new Latencies();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var q in mix)
            {
                var t = Stopwatch.StartNew();
                var results = search.Search(Request(q));
                lucene.Add(t.Elapsed);
                if (results.Facets.Count == 0) throw new InvalidOperationException("Lucene returned no facets.");

                t.Restart();
                await postgres.SearchAsync(conn, q, ct);
                pg.Add(t.Elapsed);
            }
            log.LogInformation("Round {Round} of {Rounds} done", round, rounds);
        }

        return new Figures(items,
            new EngineFigures(items / luceneBuild.TotalSeconds, lucene.Percentile(50), lucene.Percentile(95), lucene.Percentile(99), lucene.QueriesPerSecond),
            new EngineFigures(items / postgresBuild.TotalSeconds, pg.Percentile(50), pg.Percentile(95), pg.Percentile(99), pg.QueriesPerSecond),
            lucene.Count, load);
    }
}
