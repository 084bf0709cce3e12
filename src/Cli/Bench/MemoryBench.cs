using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VoiceHub.Core;
using VoiceHub.Core.Stores;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// Peak memory of the web app serving N items: the bench corpus loaded into a throwaway cluster, the built web app
/// started against it as its own process (as a node runs), left to build its index from nothing, then asked the search
/// mix over HTTP as a signed-in user. The figure is the kernel's high-water mark of its resident memory (VmHWM).
/// </summary>
public sealed class MemoryBench(string seeds, string webDll, ILogger log)
{
    public sealed record Figures(int Items, double IndexSeconds, int Searches, double SearchP95Ms, double PeakMegabytes, double RssMegabytes,
        double IndexMegabytes, double ItemsTableMegabytes, double DatabaseMegabytes);

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
        if (!File.Exists(webDll)) throw new FileNotFoundException($"The web app is not built: {webDll} is missing. Build src/Web in the same configuration first.", webDll);
        var corpus = BenchCorpus.Load(seeds);
        await using var db = await BenchDatabase.StartAsync(seeds, ct);
        log.LogInformation("Loading {Items:N0} items", items);
        await db.LoadAsync(corpus, items, log, ct);
        var localities = (await new LocalityStore(db.DataSource).ListAsync(ct)).Select(l => l.Name).ToList();

        var port = FreePort.Pick();
        var password = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(webDll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(webDll);
        // Development only so the sign-in cookie works over plain http on loopback; nothing else differs for memory.
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        psi.Environment["ConnectionStrings__VoiceHub"] = db.Server.ConnectionString;
        var indexDirectory = Path.Combine(db.Folder, "app", "index");
        psi.Environment["VoiceHub__DataDirectory"] = Path.Combine(db.Folder, "app");
        psi.Environment["VoiceHub__IndexDirectory"] = indexDirectory;
        psi.Environment["VoiceHub__SeedsDirectory"] = seeds;
        psi.Environment["VoiceHub__LoadDemoData"] = "false";
        psi.Environment["VoiceHub__Themes__TrainOnFirstStart"] = "false";
        psi.Environment["VoiceHub__Admin__Email"] = "bench@voicehub.local";
        psi.Environment["VoiceHub__Admin__Password"] = password;
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        using var app = Process.Start(psi) ?? throw new InvalidOperationException("Could not start the web app.");
        var lastLines = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            lock (lastLines)
            {
                lastLines.Enqueue(line);
                if (lastLines.Count > 50) lastLines.Dequeue();
            }
        }
        app.OutputDataReceived += (_, e) => Keep(e.Data);
        app.ErrorDataReceived += (_, e) => Keep(e.Data);
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromMinutes(2),
            };
            var clock = Stopwatch.StartNew();
            log.LogInformation("Web app started (pid {Pid}); waiting for it to index {Items:N0} items", app.Id, items);
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                if (app.HasExited) throw new InvalidOperationException("The web app exited:\n" + string.Join('\n', lastLines));
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

            await SignInAsync(http, password, ct);
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
            var (peak, rss) = Memory(app.Id);
            // Sizes for planning (docs/scaling.md): this node's index on disk, the items table with its indexes, the database.
            var indexMegabytes = new DirectoryInfo(indexDirectory).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1048576.0;
            await using var conn = await db.DataSource.OpenConnectionAsync(ct);
            await using var sizes = new Npgsql.NpgsqlCommand("SELECT pg_total_relation_size('items'), pg_database_size(current_database())", conn);
            await using var reader = await sizes.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return new Figures(items, indexSeconds, rounds * mix.Count, latencies.Percentile(95), peak, rss,
                indexMegabytes, reader.GetInt64(0) / 1048576.0, reader.GetInt64(1) / 1048576.0);
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task SignInAsync(HttpClient http, string password, CancellationToken ct)
    {
        var page = await http.GetStringAsync("/account/sign-in", ct);
        var token = FormToken.Find(page);
        using var form = new FormUrlEncodedContent([new("Email", "bench@voicehub.local"), new("Password", password), new("__RequestVerificationToken", token)]);
        using var response = await http.PostAsync("/account/sign-in", form, ct);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Signing in to the web app failed: {(int)response.StatusCode}");
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
