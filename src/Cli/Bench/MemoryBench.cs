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
/// started against it as its own process (as a node runs), left to build its index from nothing, then asked the search
/// mix over HTTP as a signed-in user. The figure is the kernel's high-water mark of its resident memory (VmHWM).
/// Every item also gets an embedding row first (so the app's embedding job has nothing to do and its numbers are not
/// coloured by an hour of embedding), and a classification embedding row too: embeddings live in PostgreSQL; the
/// node's vector index holds the search ones only, the classification ones are read a batch at a time by id. The embedder's own resident
/// cost (ONNX session, int8 model, its buffers after its largest batch) is measured in this process and added, and so,
/// apart, is the tuned classification encoder's: a node that runs both embedding jobs loads both.
/// </summary>
public sealed class MemoryBench(string seeds, string webDll, ILogger log)
{
    public sealed record Figures(int Items, double IndexSeconds, int Searches, double SearchP95Ms, double PeakMegabytes, double RssMegabytes,
        double IndexMegabytes, double ItemsTableMegabytes, double DatabaseMegabytes,
        double EmbedderPeakMegabytes, double EmbedderResidentMegabytes, double EmbeddingsTableMegabytes,
        double ClassificationEmbedderPeakMegabytes, double ClassificationEmbedderResidentMegabytes, double ClassificationEmbeddingsTableMegabytes)
    {
        /// <summary>
        /// The node's peak with the embedder's peak added, as if its load came at the node's busiest moment (it comes
        /// at the first embedding job): what the 1,536 MB aim is held against.
        /// </summary>
        /// <summary>The same with the tuned classification encoder's peak added too: a node that runs both embedding jobs.</summary>
        public double PeakWithBothEmbeddersMegabytes => PeakWithEmbedderMegabytes + ClassificationEmbedderPeakMegabytes;

        public double PeakWithEmbedderMegabytes => PeakMegabytes + EmbedderPeakMegabytes;
    }

    /// <summary>The web app built beside this command: src/Web/bin/{configuration}/net10.0.</summary>
    public static string DefaultWebDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var src = output.Parent.Parent!.Parent!.Parent!.FullName;
        return Path.Combine(src, "Web", "bin", configuration, "net10.0", "VoiceHub.Web.dll");
    }

    public async Task<Figures> RunAsync(int items, int rounds, CancellationToken ct)
    {
        var (embedderPeak, embedderResident, modelId, vector) = MeasureEmbedder(() => new SentenceEmbedder(Options.Create(new EmbeddingOptions())), ct);
        log.LogInformation("The embedder ({Model}) raised the peak by {Peak:N0} MB and holds {Resident:N0} MB resident", modelId, embedderPeak, embedderResident);
        var (tunedPeak, tunedResident, tunedId, tunedVector) = MeasureEmbedder(() => ClassificationEmbedder.Tuned(new EmbeddingOptions(),
            ClassificationEmbedder.PatchPath(new EmbeddingOptions(), new VoiceHubOptions { SeedsDirectory = seeds })), ct);
        log.LogInformation("The classification embedder ({Model}) raised the peak by {Peak:N0} MB and holds {Resident:N0} MB resident", tunedId, tunedPeak, tunedResident);
        var corpus = BenchCorpus.Load(seeds);
        await using var db = await BenchDatabase.StartAsync(seeds, ct);
        log.LogInformation("Loading {Items:N0} items", items);
        await db.LoadAsync(corpus, items, log, ct);
        // One real comment's vector for every item: the tables' sizes are what matter here, and they are the same. Both kinds
        // are filled, so the app's embedding jobs have nothing to do.
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

        await using var app = BenchWebApp.Start(webDll, seeds, db, new Dictionary<string, string>());
        var indexDirectory = BenchWebApp.IndexDirectory(db);
        using var http = app.NewClient();
        var clock = Stopwatch.StartNew();
        log.LogInformation("Web app started (pid {Pid}); waiting for it to index {Items:N0} items", app.ProcessId, items);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            app.ThrowIfExited();
            try
            {
                var health = await http.GetFromJsonAsync<JsonElement>("/health", ct);
                var index = health.GetProperty("index");
                if (index.GetProperty("state").GetString() == "ok" && index.GetProperty("documents").GetInt64() >= items) break;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(1000, ct);
        }
        var indexSeconds = clock.Elapsed.TotalSeconds;
        log.LogInformation("Indexed in {Seconds:0.0}s; searching", indexSeconds);

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
        var (peak, rss) = Memory(app.ProcessId);
        // Sizes for planning (docs/scaling.md): this node's index on disk, the items table with its indexes, the database.
        var indexMegabytes = new DirectoryInfo(indexDirectory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;
        await using var conn = await db.DataSource.OpenConnectionAsync(ct);
        await using var sizes = new Npgsql.NpgsqlCommand(
            "SELECT pg_total_relation_size('items'), pg_database_size(current_database()), pg_total_relation_size('item_embeddings'), pg_total_relation_size('item_class_embeddings')", conn);
        await using var reader = await sizes.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new Figures(items, indexSeconds, rounds * mix.Count, latencies.Percentile(95), peak, rss,
            indexMegabytes, reader.GetInt64(0) / 1048576.0, reader.GetInt64(1) / 1048576.0, embedderPeak, embedderResident, reader.GetInt64(2) / 1048576.0,
            tunedPeak, tunedResident, reader.GetInt64(3) / 1048576.0);
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
    /// What the embedder costs this process, loaded as the hub loads it and run on 1,000 real comments and then eight
    /// 20,000-word texts (its largest batch: 4 × 512 tokens): the growth of its peak (VmHWM, which the model's load
    /// and quantisation set) and of its resident memory afterwards; with one real comment's vector.
    /// </summary>
    private (double PeakMegabytes, double ResidentMegabytes, string ModelId, float[] Vector) MeasureEmbedder(Func<SentenceEmbedder> load, CancellationToken ct)
    {
        var comments = EmbedBench.Comments(seeds, 1000);
        var longText = string.Join(' ', string.Join(' ', Enumerable.Repeat(string.Join(' ', comments.Take(200)), 20)).Split(' ').Take(20_000));
        var longTexts = Enumerable.Repeat(longText, 8).ToArray();
        GC.Collect();
        var before = Memory(Environment.ProcessId).Rss;
        using var embedder = load();
        var vector = embedder.Embed(comments, ct)[0];
        embedder.Embed(longTexts, ct);
        GC.Collect();
        var (peak, rss) = Memory(Environment.ProcessId);
        return (Math.Max(0, peak - before), Math.Max(0, rss - before), embedder.ModelId, vector);
    }

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
