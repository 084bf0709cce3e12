using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench …</c>: benchmarks that print figures, each in a throwaway PostgreSQL cluster of its own (VoiceHub's
/// own database is never touched). <c>bench ingest --rows 200000</c>: the ingest rate beside a bare binary COPY of the
/// same rows. <c>bench search --items 1000000 [--rounds 2] [--json]</c>: Lucene against PostgreSQL full-text search on the
/// same synthetic corpus: index build rate, p50/p95/p99 and queries per second of each, and their ratio.
/// <c>bench digest --items 1000000 --weeks 156 [--json]</c>: emerging-issue detection and the digest build for the last week.
/// <c>bench redaction</c>, <c>bench load</c>, <c>bench memory</c> and <c>bench all</c> (every bench, one table) have their own files.
/// </summary>
public static class BenchCommand
{
    public static Command Create() => new("bench", "Benchmarks that print figures")
    {
        Ingest(), Search(), Digest(), BenchRedactionCommand.Create(), BenchNameTaggerCommand.Create(), BenchNameStatesCommand.Create(), BenchLoadCommand.Create(), BenchMemoryCommand.Create(),
        BenchEmbedCommand.Create(), BenchFirstVisitsCommand.Create(), BenchAllCommand.Create(), BenchRelevanceCommand.Create(), BenchVectorsCommand.Create(),
        Snippets(),
    };

    private static Command Snippets()
    {
        var rounds = new Option<int>("--rounds") { Description = "Timed passes; the fastest is reported", DefaultValueFactory = _ => 3 };
        var command = new Command("snippets", "The hub's snippets against Lucene.Net.Highlighter: time per snippet and the words each marks") { rounds };
        command.SetAction(parse =>
        {
            var f = SnippetBench.Run(ProjectPaths.SeedsDirectory(new VoiceHubOptions()), parse.GetValue(rounds));
            Console.WriteLine($"{f.Snippets:N0} snippets of real comments for {f.Queries} queries (240 characters each)");
            Console.WriteLine($"Hub snippets:             {f.HubMicroseconds,8:0.0} µs a snippet");
            Console.WriteLine($"Lucene.Net.Highlighter:   {f.HighlighterMicroseconds,8:0.0} µs a snippet");
            Console.WriteLine($"Same words marked over the whole text: {f.SameWords:N0} of {f.Compared:N0} ({(double)f.SameWords / Math.Max(1, f.Compared):P1})");
            foreach (var d in f.Differences) Console.WriteLine($"  differs: {d}");
            return 0;
        });
        return command;
    }

    private static Command Ingest()
    {
        var rows = new Option<int>("--rows") { Description = "Survey rows to generate (two answers each)", DefaultValueFactory = _ => 200_000 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var ingest = new Command("ingest", "Ingest a generated survey end to end and compare with a bare COPY") { rows, json };
        ingest.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(rows);
            if (count < 1)
            {
                await Console.Error.WriteLineAsync("voicehub bench ingest: --rows must be 1 or more.");
                return 2;
            }
            var asJson = parse.GetValue(json);
            var f = await IngestBenchmark.RunAsync(count, ProjectPaths.SeedsDirectory(new VoiceHubOptions()), asJson ? Console.Error : Console.Out, ct);
            if (asJson)
            {
                Json.Print(f);
                return 0;
            }
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):N0} GB");
            Console.WriteLine($"End to end: {f.Items:N0} items from {f.Rows:N0} rows in {f.EndToEndSeconds:N2} s = {f.ItemsPerSecond:N0} items/s");
            Console.WriteLine($"Bare COPY:  {f.Items:N0} rows in {f.CopySeconds:N2} s = {f.CopyItemsPerSecond:N0} rows/s");
            Console.WriteLine($"Ingest runs at {f.Ratio:P0} of the COPY rate (aim: 50% or more).");
            return 0;
        });
        return ingest;
    }

    private static Command Search()
    {
        var items = new Option<int>("--items") { Description = "How many items the corpus holds", DefaultValueFactory = _ => 100_000 };
        var rounds = new Option<int>("--rounds") { Description = "How many times the query mix is timed (after one warm-up)", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var wordsOnly = new Option<bool>("--words-only") { Description = "Skip the hybrid (words and meaning) timing and its sentence embedding" };
        var search = new Command("search", "Time search: Lucene and hybrid against PostgreSQL full-text search") { items, rounds, json, wordsOnly };
        search.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(items);
            if (count < 1000)
            {
                await Console.Error.WriteLineAsync("voicehub bench search: --items must be at least 1000.");
                return 2;
            }
            var configuration = CliHost.Configuration();
            var options = configuration.GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions();
            using var loggers = LoggerFactory.Create(b => b
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Information)
                .AddFilter("VoiceHub.Search", LogLevel.Warning));
            var figures = await new SearchBench(ProjectPaths.SeedsDirectory(options), loggers) { Meaning = !parse.GetValue(wordsOnly) }.RunAsync(count, Math.Max(1, parse.GetValue(rounds)), ct);
            var ratio = figures.Lucene.P95Ms > 0 ? figures.Postgres.P95Ms / figures.Lucene.P95Ms : 0;

            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    items = figures.Items,
                    lucene = Engine(figures.Lucene),
                    postgres = Engine(figures.Postgres),
                    queries = figures.Queries,
                    p95Ratio = Math.Round(ratio, 1),
                    newest = new
                    {
                        p50Ms = Math.Round(figures.Newest.P50Ms, 2),
                        p95Ms = Math.Round(figures.Newest.P95Ms, 2),
                        maxMs = Math.Round(figures.Newest.MaxMs, 2),
                        browseP50Ms = Math.Round(figures.Newest.BrowseP50Ms, 2),
                        browseMaxMs = Math.Round(figures.Newest.BrowseMaxMs, 2),
                    },
                    hybrid = figures.Hybrid is { } h ? new
                    {
                        p50Ms = Math.Round(h.P50Ms, 2), p95Ms = Math.Round(h.P95Ms, 2), p99Ms = Math.Round(h.P99Ms, 2),
                        queryEmbedP50Ms = Math.Round(h.EmbedP50Ms, 2), queryEmbedP95Ms = Math.Round(h.EmbedP95Ms, 2),
                        postgresP95Ratio = Math.Round(h.P95Ms > 0 ? figures.Postgres.P95Ms / h.P95Ms : 0, 1),
                        wordsOnlyP50Ms = Math.Round(h.WordsP50Ms, 2), wordsOnlyP95Ms = Math.Round(h.WordsP95Ms, 2),
                        vectorP50Ms = Math.Round(h.VectorP50Ms, 2), vectorP95Ms = Math.Round(h.VectorP95Ms, 2),
                        vectors = h.Vectors, sentences = h.Sentences, sentencesEmbedded = h.SentencesEmbedded, embedSeconds = Math.Round(h.EmbedSeconds, 1),
                        storeSeconds = Math.Round(h.StoreSeconds, 1), loadPerSecond = Math.Round(h.LoadPerSecond),
                        tableBytes = h.TableBytes, memoryBytes = h.MemoryBytes, hybridQueriesPerRound = h.HybridQueries,
                    } : null,
                });
                return 0;
            }
            Console.WriteLine($"Corpus: {figures.Items:N0} items from seeds/data, loaded by binary COPY in {figures.Load.TotalSeconds:0.0}s");
            Console.WriteLine($"Queries: {figures.Queries} timed per engine, one thread, each counting 6 facets and making 20 snippets");
            Console.WriteLine($"{"",-12}{"index/s",10}{"p50 ms",10}{"p95 ms",10}{"p99 ms",10}{"qps",10}");
            Console.WriteLine(Row("Lucene", figures.Lucene));
            Console.WriteLine(Row("PostgreSQL", figures.Postgres));
            Console.WriteLine($"Lucene is {ratio:0.0}× faster than PostgreSQL at p95.");
            var n = figures.Newest;
            Console.WriteLine($"Lucene, newest first: the mix p50 {n.P50Ms:0.00} ms, p95 {n.P95Ms:0.00} ms, max {n.MaxMs:0.00} ms; " +
                              $"browsing a locality (no words) p50 {n.BrowseP50Ms:0.00} ms, max {n.BrowseMaxMs:0.00} ms");
            if (figures.Hybrid is { } hy)
            {
                Console.WriteLine($"Hybrid (words and meaning, query embedding included; {hy.HybridQueries} of {figures.Queries / Math.Max(1, parse.GetValue(rounds))} queries a round plain words): " +
                                  $"p50 {hy.P50Ms:0.00} ms, p95 {hy.P95Ms:0.00} ms, p99 {hy.P99Ms:0.00} ms; {(hy.P95Ms > 0 ? figures.Postgres.P95Ms / hy.P95Ms : 0):0.0}× faster than PostgreSQL at p95");
                Console.WriteLine($"The same searches words only, each straight after its hybrid one: p50 {hy.WordsP50Ms:0.00} ms, p95 {hy.WordsP95Ms:0.00} ms");
                Console.WriteLine($"Query embedding alone: p50 {hy.EmbedP50Ms:0.00} ms, p95 {hy.EmbedP95Ms:0.00} ms (one thread); " +
                                  $"the vector index alone (100 nearest): p50 {hy.VectorP50Ms:0.00} ms, p95 {hy.VectorP95Ms:0.00} ms");
                Console.WriteLine($"Vectors: {hy.Vectors:N0} composed from {hy.Sentences:N0} sentences ({hy.SentencesEmbedded:N0} embedded in {hy.EmbedSeconds:0.0} s, the rest from the bench's cache), stored by COPY in {hy.StoreSeconds:0.0} s " +
                                  $"({hy.TableBytes / 1048576.0:N0} MB in PostgreSQL), loaded into a node at {hy.LoadPerSecond:N0} vectors/s, {hy.MemoryBytes / 1048576.0:N0} MB in memory (int8)");
            }
            return 0;
        });
        return search;
    }

    private static Command Digest()
    {
        var items = new Option<int>("--items") { Description = "How many items the corpus holds", DefaultValueFactory = _ => 1_000_000 };
        var weeks = new Option<int>("--weeks") { Description = "How many weeks the items are spread over", DefaultValueFactory = _ => 156 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var digest = new Command("digest", "Time emerging-issue detection and the weekly digest build for the last week") { items, weeks, json };
        digest.SetAction(async (parse, ct) =>
        {
            var count = parse.GetValue(items);
            var span = parse.GetValue(weeks);
            if (count < 1000 || span < 14)
            {
                await Console.Error.WriteLineAsync("voicehub bench digest: --items must be at least 1000 and --weeks at least 14 (a baseline needs 12 weeks).");
                return 2;
            }
            var options = CliHost.Configuration().GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions();
            using var loggers = LoggerFactory.Create(b => b
                .AddSimpleConsole(o => o.SingleLine = true)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Information));
            var f = await new DigestBench(ProjectPaths.SeedsDirectory(options), loggers).RunAsync(count, span, ct);
            if (parse.GetValue(json))
            {
                Json.Print(new { items = f.Items, weeks = f.Weeks, detectSeconds = Math.Round(f.DetectSeconds, 2), digestSeconds = Math.Round(f.DigestSeconds, 2) });
                return 0;
            }
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):N0} GB");
            Console.WriteLine($"Corpus: {f.Items:N0} items over {f.Weeks} weeks, loaded in {f.LoadSeconds:0.0}s");
            Console.WriteLine($"Detection for {f.Week}: {f.DetectSeconds:0.00}s ({f.Issues} emerging issues, {f.Phrases} new phrases)");
            Console.WriteLine($"Digest build for {f.Week}: {f.DigestSeconds:0.00}s (aim: under 30 s at 1,000,000 items)");
            return 0;
        });
        return digest;
    }

    private static object Engine(SearchBench.EngineFigures e) => new
    {
        indexPerSecond = Math.Round(e.IndexPerSecond),
        p50Ms = Math.Round(e.P50Ms, 2),
        p95Ms = Math.Round(e.P95Ms, 2),
        p99Ms = Math.Round(e.P99Ms, 2),
        qps = Math.Round(e.Qps, 1),
    };

    private static string Row(string name, SearchBench.EngineFigures e) =>
        $"{name,-12}{e.IndexPerSecond,10:N0}{e.P50Ms,10:0.00}{e.P95Ms,10:0.00}{e.P99Ms,10:0.00}{e.Qps,10:0.0}";
}
