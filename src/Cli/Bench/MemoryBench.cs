using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core;
using VoiceHub.Core.Stores;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// Peak memory of the web app serving N items: the bench corpus loaded into a throwaway cluster, the built web app
/// started against it as its own process (as a node runs), left to build its index from nothing and load its vectors, then given new items
/// twice (as an ingest would) and waited for until its two embedding jobs have embedded them, restarted on the same
/// data folder and given new items once more, then asked the search mix over HTTP as a signed-in user. The figures are the kernel's high-water mark of its resident memory (VmHWM), reset
/// (<c>/proc/PID/clear_refs</c>) at the start of each part, so each part's own peak is known; the whole run's peak is
/// the largest. Every item first gets both embedding rows (so the app embeds only the new items, not an hour's
/// backlog); the node's vector index holds the search ones, the classification ones are read a batch at a time by id.
/// The first process builds the ready models into the app's model cache (<see cref="ModelCache"/>), as a node does once
/// per patch and package; the restarted one only reads them, as a node does from then on. Apart, in this process, the
/// embedders' own cost: loaded as before (built in memory) and from a warm model cache.
/// </summary>
public sealed class MemoryBench(string seeds, string webDll, ILogger log)
{
    /// <summary>One part of the run: how long it took, the app's peak in it and its resident memory at its end.</summary>
    public sealed record Part(string Name, double Seconds, double PeakMegabytes, double RssMegabytes);

    public sealed record Figures(int Items, double IndexSeconds, int Searches, double SearchP95Ms, double PeakMegabytes, double RssMegabytes,
        double IndexMegabytes, double ItemsTableMegabytes, double DatabaseMegabytes,
        double EmbedderPeakMegabytes, double EmbedderResidentMegabytes, double EmbeddingsTableMegabytes,
        double ClassificationEmbedderPeakMegabytes, double ClassificationEmbedderResidentMegabytes, double ClassificationEmbeddingsTableMegabytes,
        int NewItems, IReadOnlyList<Part> Parts, double CachedEmbedderPeakMegabytes, double CachedClassificationEmbedderPeakMegabytes)
    {
        /// <summary>
        /// The node's peak with the embedder's peak added, as if its load came at the node's busiest moment: the sum
        /// the 1,536 MB aim was held against before the app itself embedded in the bench (<see cref="PeakMegabytes"/> now
        /// includes both embedding jobs' runs).
        /// </summary>
        public double PeakWithEmbedderMegabytes => PeakMegabytes + EmbedderPeakMegabytes;

        /// <summary>The same with the tuned classification encoder's peak added too.</summary>
        public double PeakWithBothEmbeddersMegabytes => PeakWithEmbedderMegabytes + ClassificationEmbedderPeakMegabytes;
    }

    /// <summary>The web app built beside this command: src/Web/bin/{configuration}/net10.0.</summary>
    public static string DefaultWebDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var src = output.Parent.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(src, "Web", "bin", configuration, "net10.0", "VoiceHub.Web.dll");
    }

    public async Task<Figures> RunAsync(int items, int rounds, int newItems, CancellationToken ct)
    {
        var hub = new VoiceHubOptions { SeedsDirectory = seeds };
        var patchPath = ClassificationEmbedder.PatchPath(new EmbeddingOptions(), hub);
        var (embedderPeak, embedderResident, modelId, vector) = MeasureEmbedder(_ => new SentenceEmbedder(Options.Create(new EmbeddingOptions())), ct);
        log.LogInformation("The embedder ({Model}) raised the peak by {Peak:N0} MB and holds {Resident:N0} MB resident", modelId, embedderPeak, embedderResident);
        var (tunedPeak, tunedResident, tunedId, tunedVector) = MeasureEmbedder(_ => ClassificationEmbedder.Tuned(new EmbeddingOptions(), patchPath), ct);
        log.LogInformation("The classification embedder ({Model}) raised the peak by {Peak:N0} MB and holds {Resident:N0} MB resident", tunedId, tunedPeak, tunedResident);
        var cacheFolder = Path.Combine(Path.GetTempPath(), "voicehub-bench-models-" + Guid.NewGuid().ToString("N"));
        double cachedPeak, cachedTunedPeak;
        try
        {
            var cache = new ModelCache(cacheFolder);
            cachedPeak = MeasureEmbedder(_ => new SentenceEmbedder(new EmbeddingOptions(), null, cache), ct, warmFirst: true).PeakMegabytes;
            cachedTunedPeak = MeasureEmbedder(_ => ClassificationEmbedder.Tuned(new EmbeddingOptions(), patchPath, cache), ct, warmFirst: true).PeakMegabytes;
        }
        finally
        {
            Directory.Delete(cacheFolder, recursive: true);
        }
        log.LogInformation("From a warm model cache: {Peak:N0} MB and {Tuned:N0} MB", cachedPeak, cachedTunedPeak);

        var corpus = BenchCorpus.Load(seeds);
        await using var db = await BenchDatabase.StartAsync(seeds, ct);
        log.LogInformation("Loading {Items:N0} items", items);
        await db.LoadAsync(corpus, items, log, ct);
        // One real comment's vector for every item: the tables' sizes are what matter here, and they are the same. Both kinds
        // are filled, so the app's embedding jobs have only the new items to do.
        await FillAsync("item_embeddings", modelId, vector);
        await FillAsync("item_class_embeddings", tunedId, tunedVector);

        async Task FillAsync(string table, string model, float[] embedding)
        {
            await using var fill = db.DataSource.CreateCommand($"INSERT INTO {table} (item_id, model, vector) SELECT id, $1, $2 FROM items");
            fill.Parameters.Add(new Npgsql.NpgsqlParameter { Value = model });
            fill.Parameters.Add(new Npgsql.NpgsqlParameter { Value = embedding });
            fill.CommandTimeout = 0;
            await fill.ExecuteNonQueryAsync(ct);
        }

        var localities = (await new LocalityStore(db.DataSource).ListAsync(ct)).Select(l => l.Name).ToList();

        // The vector index loads a million items' vectors in the background after start: each start waits for its log line.
        var vectorsLoaded = 0;
        var settings = new Dictionary<string, string> { ["Logging__LogLevel__VoiceHub.Search.Meaning.VectorFollower"] = "Information" };
        void OnLine(string line)
        {
            if (line.Contains("Vector index loaded", StringComparison.Ordinal)) Interlocked.Increment(ref vectorsLoaded);
        }
        var app = BenchWebApp.Start(webDll, seeds, db, settings, OnLine);
        try
        {
            var indexDirectory = BenchWebApp.IndexDirectory(db);
            var http = app.NewClient();
            var parts = new List<Part>();
            var clock = Stopwatch.StartNew();
            log.LogInformation("Web app started (pid {Pid}); waiting for it to index {Items:N0} items", app.ProcessId, items);
            await WaitForIndexAsync(1);
            var indexSeconds = clock.Elapsed.TotalSeconds;
            parts.Add(End("index", clock));
            log.LogInformation("Indexed in {Seconds:0.0}s", indexSeconds);

            // New items, as after an ingest: both embedding jobs (minutely) embed them while the node serves. The first
            // time builds the ready models into the app's cache, as once per patch and package; the second reads them.
            await EmbedNewItemsAsync("first embedding run");
            await EmbedNewItemsAsync("second embedding run");
            // The node restarted, as after a reboot or a deployment: its index and model cache are kept, so this process
            // never builds a model. Its peak is the one a node lives with.
            await app.DisposeAsync();
            http.Dispose();
            app = BenchWebApp.Start(webDll, seeds, db, settings, OnLine, password: app.Password); // the admin is stored
            http = app.NewClient();
            clock.Restart();
            await WaitForIndexAsync(2);
            parts.Add(End("restart", clock));
            await EmbedNewItemsAsync("run after the restart");

            async Task EmbedNewItemsAsync(string name)
            {
                ResetPeak(app.ProcessId);
                clock.Restart();
                await db.LoadAsync(corpus, newItems, log, ct);
                await WaitForAsync(async () =>
                {
                    await using var count = db.DataSource.CreateCommand(
                        "SELECT (SELECT count(*) FROM items) - LEAST((SELECT count(*) FROM item_embeddings), (SELECT count(*) FROM item_class_embeddings))");
                    return (long)(await count.ExecuteScalarAsync(ct))! == 0;
                });
                parts.Add(End(name, clock));
                log.LogInformation("{Part}: {Count:N0} new items embedded by both jobs in {Seconds:0.0}s", name, newItems, parts[^1].Seconds);
            }

            // starts: how many processes have been started, each loading the vectors once.
            async Task WaitForIndexAsync(int starts)
            {
                await WaitForAsync(() => Task.FromResult(Volatile.Read(ref vectorsLoaded) >= starts));
                await WaitForLuceneAsync();
            }

            async Task WaitForLuceneAsync() => await WaitForAsync(async () =>
            {
                try
                {
                    var health = await http.GetFromJsonAsync<JsonElement>("/health", ct);
                    var index = health.GetProperty("index");
                    return index.GetProperty("state").GetString() == "ok" && index.GetProperty("documents").GetInt64() >= items;
                }
                catch (HttpRequestException)
                {
                    return false; // not listening yet
                }
            });

            ResetPeak(app.ProcessId);
            clock.Restart();
            await SignInAsync(http, app.Password, ct);
            var latencies = new Latencies();
            var mix = BenchQuery.Mix(localities);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var q in mix)
                {
                    var url = "/api/search?q=" + Uri.EscapeDataString(q.Text)
                        + string.Concat(q.Localities.Select(l => "&locality=" + Uri.EscapeDataString(l)))
                        + string.Concat(q.Themes.Select(t => "&theme=" + Uri.EscapeDataString(t)));
                    var t = Stopwatch.StartNew();
                    using var response = await http.GetAsync(url, ct);
                    latencies.Add(t.Elapsed);
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
                }
            }
            parts.Add(End("search", clock));
            // Sizes for planning (docs/scaling.md): this node's index on disk, the items table with its indexes, the database.
            var indexMegabytes = new DirectoryInfo(indexDirectory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;
            await using var conn = await db.DataSource.OpenConnectionAsync(ct);
            await using var sizes = new Npgsql.NpgsqlCommand(
                "SELECT pg_total_relation_size('items'), pg_database_size(current_database()), pg_total_relation_size('item_embeddings'), pg_total_relation_size('item_class_embeddings')", conn);
            await using var reader = await sizes.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            http.Dispose();
            return new Figures(items, indexSeconds, rounds * mix.Count, latencies.Percentile(95), parts.Max(p => p.PeakMegabytes), parts[^1].RssMegabytes,
                indexMegabytes, reader.GetInt64(0) / 1048576.0, reader.GetInt64(1) / 1048576.0, embedderPeak, embedderResident, reader.GetInt64(2) / 1048576.0,
                tunedPeak, tunedResident, reader.GetInt64(3) / 1048576.0, newItems, parts, cachedPeak, cachedTunedPeak);
        }
        finally
        {
            await app.DisposeAsync();
        }

        Part End(string name, Stopwatch partClock)
        {
            var (peak, rss) = Memory(app.ProcessId);
            log.LogInformation("{Part}: {Seconds:0.0}s, peak {Peak:N0} MB, resident {Rss:N0} MB", name, partClock.Elapsed.TotalSeconds, peak, rss);
            return new Part(name, partClock.Elapsed.TotalSeconds, peak, rss);
        }

        async Task WaitForAsync(Func<Task<bool>> done)
        {
            var limit = Stopwatch.StartNew();
            while (!await done())
            {
                app.ThrowIfExited();
                if (limit.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException("The web app did not get there in 30 minutes.");
                await Task.Delay(1000, ct);
            }
        }
    }

    private static async Task SignInAsync(HttpClient http, string password, CancellationToken ct)
    {
        var page = await http.GetStringAsync("/account/sign-in", ct);
        var token = FormToken.Find(page);
        using var form = new FormUrlEncodedContent([new("Email", BenchWebApp.AdminEmail), new("Password", password), new("__RequestVerificationToken", token)]);
        using var response = await http.PostAsync("/account/sign-in", form, ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in to the web app failed: {(int)response.StatusCode}");
    }

    /// <summary>
    /// What the embedder costs this process, loaded as <paramref name="load"/> loads it and run on 1,000 real comments and
    /// then eight 20,000-word texts (its largest run: 512 tokens): the growth of its peak (VmHWM, reset first; the model's
    /// load sets it) and of its resident memory afterwards; with one real comment's vector.
    /// </summary>
    /// <param name="warmFirst">Load and free it once before measuring (fills a model cache).</param>
    private (double PeakMegabytes, double ResidentMegabytes, string ModelId, float[] Vector) MeasureEmbedder(Func<int, SentenceEmbedder> load, CancellationToken ct, bool warmFirst = false)
    {
        var comments = EmbedBench.Comments(seeds, 1000);
        var longText = string.Join(' ', string.Join(' ', Enumerable.Repeat(string.Join(' ', comments.Take(200)), 20)).Split(' ').Take(20_000));
        var longTexts = Enumerable.Repeat(longText, 8).ToArray();
        if (warmFirst)
        {
            using var first = load(0);
            first.Embed(comments.Take(1).ToArray(), ct);
        }
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        ResetPeak(Environment.ProcessId);
        var before = Memory(Environment.ProcessId).Rss;
        using var embedder = load(1);
        var vector = embedder.Embed(comments, ct)[0];
        embedder.Embed(longTexts, ct);
        GC.Collect();
        var (peak, rss) = Memory(Environment.ProcessId);
        return (Math.Max(0, peak - before), Math.Max(0, rss - before), embedder.ModelId, vector);
    }

    /// <summary>Sets a process's VmHWM back to its resident memory now (Linux: 5 written to /proc/PID/clear_refs).</summary>
    private static void ResetPeak(int pid) => File.WriteAllText($"/proc/{pid}/clear_refs", "5");

    /// <summary>VmHWM and VmRSS from /proc/{pid}/status, in MB.</summary>
    private static (double Peak, double Rss) Memory(int pid)
    {
        double Read(string key) => File.ReadLines($"/proc/{pid}/status")
            .Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .First();
        return (Read("VmHWM"), Read("VmRSS"));
    }

}
