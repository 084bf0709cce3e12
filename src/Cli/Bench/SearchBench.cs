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
/// times the same fixed query mix on one thread in each, every search counting all facets and making snippets; then
/// times Lucene alone with the mix ordered newest first, and browsing a locality (no words) newest first.
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

    /// <summary>The same mix ordered newest first, and browsing (no words, one filter) newest first: Lucene only.</summary>
    public sealed record NewestFigures(double P50Ms, double P95Ms, double MaxMs, double BrowseP50Ms, double BrowseMaxMs);

    public sealed record Figures(int Items, EngineFigures Lucene, EngineFigures Postgres, int Queries, TimeSpan Load, NewestFigures Newest)
    {
        /// <summary>The same mix as the hub runs it, words and meaning together (query embedding included); null with <c>--words-only</c>.</summary>
        public HybridFigures? Hybrid { get; init; }
    }

    /// <param name="WordsP95Ms">The same searches words only (<c>exact</c>), each timed right after its hybrid one: the load both saw.</param>
    /// <param name="VectorP95Ms">The meaning side alone for the plain-word searches (the nearest items of a cached query vector).</param>
    public sealed record HybridFigures(double P50Ms, double P95Ms, double P99Ms, double EmbedP50Ms, double EmbedP95Ms, int Vectors, int Sentences,
        double EmbedSeconds, double StoreSeconds, double LoadPerSecond, long TableBytes, long MemoryBytes, int HybridQueries)
    {
        public int SentencesEmbedded { get; init; }
        public double WordsP50Ms { get; init; }
        public double WordsP95Ms { get; init; }
        public double VectorP50Ms { get; init; }
        public double VectorP95Ms { get; init; }
    }

    /// <summary>Set false to time words only (no sentence embedding, much quicker).</summary>
    public bool Meaning { get; init; } = true;

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

        var newest = new Latencies();
        var browse = new Latencies();
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var q in mix) newest.Add(Timed(() => search.Search(Request(q) with { Sort = SearchSort.Newest })));
            foreach (var locality in localities)
            {
                browse.Add(Timed(() => search.Search(new SearchRequest { Localities = [locality], Sort = SearchSort.Newest, PageSize = 20 })));
            }
        }
        log.LogInformation("Timed {Count} searches newest first", newest.Count + browse.Count);

        HybridFigures? hybrid = null;
        if (Meaning)
        {
            var setup = await HybridBench.PrepareAsync(db.DataSource, log, ct);
            using var queryModel = setup.QueryModel;
            var queries = new VoiceHub.Search.Meaning.QueryEmbedder(queryModel.ModelId, q => queryModel.Embed([VoiceHub.Search.Meaning.QueryEmbedder.ArcticQueryPrefix + q])[0]);
            var synonyms = new Synonyms(Path.Combine(seeds, "synonyms.txt"), null);
            foreach (var q in mix) new SearchService(holder, synonyms, setup.Meaning).Search(Request(q)); // warm-up
            var times = new Latencies();
            var words = new Latencies();
            var vectors = new Latencies();
            var embeds = new Latencies();
            var meaningful = 0;
            for (var round = 1; round <= rounds; round++)
            {
                // A fresh query cache each round: every distinct query is embedded inside its timed search.
                var cold = new SearchService(holder, synonyms, HybridBench.Cold(setup, queries));
                foreach (var q in mix)
                {
                    var t = Stopwatch.StartNew();
                    var results = cold.Search(Request(q));
                    times.Add(t.Elapsed);
                    if (results.Hybrid) meaningful++;
                    // The same search by its words only, straight after: what Lucene alone takes under the same load.
                    words.Add(Timed(() => { cold.Search(Request(q) with { Exact = true }); }));
                    if (results.Hybrid)
                    {
                        // The vector index itself (the search keeps a query's nearest list, so time the index, not that cache).
                        var vector = queries.Embed(q.Text);
                        vectors.Add(Timed(() => { setup.Meaning.Vectors.Nearest(vector, VoiceHub.Search.Meaning.MeaningSearch.Candidates, setup.Meaning.Floor); }));
                    }
                }
                foreach (var text in mix.Select(q => q.Text).Distinct()) embeds.Add(Timed(() => queries.Embed(text)));
            }
            log.LogInformation("Timed {Count} hybrid searches", times.Count);
            hybrid = new HybridFigures(times.Percentile(50), times.Percentile(95), times.Percentile(99), embeds.Percentile(50), embeds.Percentile(95),
                setup.Vectors, setup.Sentences, setup.EmbedSeconds, setup.StoreSeconds, setup.LoadPerSecond, setup.TableBytes, setup.MemoryBytes, meaningful / rounds)
            {
                SentencesEmbedded = setup.Embedded,
                WordsP50Ms = words.Percentile(50), WordsP95Ms = words.Percentile(95),
                VectorP50Ms = vectors.Count > 0 ? vectors.Percentile(50) : 0, VectorP95Ms = vectors.Count > 0 ? vectors.Percentile(95) : 0,
            };
        }

        return new Figures(items,
            new EngineFigures(items / luceneBuild.TotalSeconds, lucene.Percentile(50), lucene.Percentile(95), lucene.Percentile(99), lucene.QueriesPerSecond),
            new EngineFigures(items / postgresBuild.TotalSeconds, pg.Percentile(50), pg.Percentile(95), pg.Percentile(99), pg.QueriesPerSecond),
            lucene.Count, load,
            new NewestFigures(newest.Percentile(50), newest.Percentile(95), newest.Percentile(100), browse.Percentile(50), browse.Percentile(100)))
        {
            Hybrid = hybrid,
        };
    }

    private static TimeSpan Timed(Action run)
    {
        var t = Stopwatch.StartNew();
        run();
        return t.Elapsed;
    }

    private static TimeSpan Timed(Func<SearchResults> search)
    {
        var t = Stopwatch.StartNew();
        var results = search();
        if (results.Sort != SearchSort.Newest) throw new InvalidOperationException("The search was not ordered newest first.");
        return t.Elapsed;
    }
}
