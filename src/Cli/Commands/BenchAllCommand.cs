using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub bench all [--items 1000000]</c>: every benchmark in one go, each as a child process of this same command
/// with <c>--json</c> (so one bench's memory and threads never colour the next), then one markdown table of the figures
/// with the machine they ran on. A bench that is missing or fails gets a row saying so; the others still run.
/// </summary>
public static class BenchAllCommand
{
    private sealed record Step(string Name, JsonElement? Json, string? Problem, double Seconds);

    public static Command Create()
    {
        var items = new Option<int>("--items")
        {
            Description = "Items for the search, digest and memory benches; the ingest bench uses a fifth as survey rows (two answers each), at most 200,000",
            DefaultValueFactory = _ => 1_000_000,
        };
        var weeks = new Option<int>("--weeks") { Description = "Weeks of history for the digest bench", DefaultValueFactory = _ => 156 };
        var command = new Command("all", "Run every benchmark, each in its own process, and print one table") { items, weeks };
        command.SetAction(async (parse, ct) =>
        {
            var n = parse.GetValue(items);
            if (n < 5000)
            {
                await Console.Error.WriteLineAsync("voicehub bench all: --items must be at least 5000.");
                return 2;
            }
            var w = Math.Max(1, parse.GetValue(weeks));
            var rows = Math.Min(200_000, n / 5);
            var started = DateTime.UtcNow;
            var loadBefore = LoadAverage();
            var splitDir = Path.Combine(Path.GetTempPath(), $"voicehub-bench-split-{Guid.NewGuid():N}");
            var labelled = Path.Combine(ProjectPaths.SeedsDirectory(new VoiceHubOptions()), "data", "patient-feedback-labelled.csv");
            var inv = CultureInfo.InvariantCulture;
            try
            {
                var ingest = await RunAsync("ingest", ct, "bench", "ingest", "--rows", rows.ToString(inv), "--json");
                var search = await RunAsync("search", ct, "bench", "search", "--items", n.ToString(inv), "--rounds", "1", "--json");
                var split = await RunAsync("themes split", ct, "themes", "split", "--data", labelled, "--out", splitDir);
                var themes = split.Json is null
                    ? split
                    : await RunAsync("themes", ct, "themes", "evaluate", "--train", Path.Combine(splitDir, "train.csv"),
                        "--test", Path.Combine(splitDir, "test.csv"), "--trainer", "svm", "--json");
                var digest = await RunAsync("digest", ct, "bench", "digest", "--items", n.ToString(inv), "--weeks", w.ToString(inv), "--json");
                var memory = await RunAsync("memory", ct, "bench", "memory", "--items", n.ToString(inv), "--json");
                Console.WriteLine(Table(n, w, rows, ingest, search, themes, digest, memory, started, loadBefore));
                return 0;
            }
            finally
            {
                if (Directory.Exists(splitDir)) Directory.Delete(splitDir, recursive: true);
            }
        });
        return command;
    }

    /// <summary>Runs <c>voicehub args…</c> in a child process; its progress goes on to stderr, its last stdout line is the JSON.</summary>
    private static async Task<Step> RunAsync(string name, CancellationToken ct, params string[] args)
    {
        var self = typeof(BenchAllCommand).Assembly.Location;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(self);
        foreach (var a in args) psi.ArgumentList.Add(a);
        await Console.Error.WriteLineAsync($"[bench all] voicehub {string.Join(' ', args)}");
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("Could not start dotnet.");
        var lastErrors = new Queue<string>();
        p.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            Console.Error.WriteLine($"[{name}] {e.Data}");
            lock (lastErrors)
            {
                lastErrors.Enqueue(e.Data);
                if (lastErrors.Count > 20) lastErrors.Dequeue();
            }
        };
        p.BeginErrorReadLine();
        var stdout = await p.StandardOutput.ReadToEndAsync(ct);
        try
        {
            await p.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (p.ExitCode != 0 || last is null || !last.StartsWith('{'))
        {
            string why;
            lock (lastErrors)
            {
                why = lastErrors.Any(l => l.Contains($"Unrecognized command or argument '{args[1]}'", StringComparison.Ordinal))
                    ? $"this build has no `voicehub {args[0]} {args[1]}`"
                    : $"exit code {p.ExitCode}: {lastErrors.LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "no output"}";
            }
            return new Step(name, null, $"not available ({why})", seconds);
        }
        return new Step(name, JsonDocument.Parse(last).RootElement.Clone(), null, seconds);
    }

    private static string Table(int n, int weeks, int rows, Step ingest, Step search, Step themes, Step digest, Step memory, DateTime started, string loadBefore)
    {
        var inv = CultureInfo.GetCultureInfo("en-GB");
        string F(double v, string format) => v.ToString(format, inv);
        double D(Step s, params string[] path)
        {
            var e = s.Json!.Value;
            foreach (var p in path) e = e.GetProperty(p);
            return e.GetDouble();
        }
        string Or(Step s, Func<Step, string> figure) => s.Json is null ? s.Problem! : figure(s);

        var sb = new StringBuilder();
        sb.AppendLine(inv, $"VoiceHub benchmarks, {started:yyyy-MM-dd HH:mm} UTC, `voicehub bench all --items {n}` ({(DateTime.UtcNow - started).TotalMinutes:0} min)");
        sb.AppendLine(inv, $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0} GB, {RuntimeDescription()}; load average {loadBefore} at the start, {LoadAverage()} at the end");
        sb.AppendLine();
        sb.AppendLine("| figure | VoiceHub | compared with | aim |");
        sb.AppendLine("|---|---:|---|---|");
        sb.AppendLine(inv, $"| Ingest: survey of {rows:N0} rows ({2 * rows:N0} items), end to end | {Or(ingest, s => F(D(s, "itemsPerSecond"), "N0") + " items/s")} | " +
                      $"{Or(ingest, s => $"bare COPY {F(D(s, "copyItemsPerSecond"), "N0")} rows/s; ingest at {F(D(s, "ratio"), "P0")} of it")} | 50 % of COPY or more |");
        sb.AppendLine(inv, $"| Search p50, {n:N0} items (6 facets, 20 snippets) | {Or(search, s => F(D(s, "lucene", "p50Ms"), "0.0") + " ms")} | " +
                      $"{Or(search, s => $"PostgreSQL FTS {F(D(s, "postgres", "p50Ms"), "0.0")} ms")} | |");
        sb.AppendLine(inv, $"| Search p95, {n:N0} items | {Or(search, s => F(D(s, "lucene", "p95Ms"), "0.0") + " ms")} | " +
                      $"{Or(search, s => $"PostgreSQL FTS {F(D(s, "postgres", "p95Ms"), "0.0")} ms ({F(D(s, "p95Ratio"), "0.0")}× slower)")} | under 20 ms; 5× PostgreSQL |");
        sb.AppendLine(inv, $"| Search index build, {n:N0} items | {Or(search, s => F(D(s, "lucene", "indexPerSecond"), "N0") + " items/s")} | " +
                      $"{Or(search, s => $"PostgreSQL tsvector + GIN {F(D(s, "postgres", "indexPerSecond"), "N0")} items/s")} | 20,000 items/s |");
        sb.AppendLine(inv, $"| Theme classification (linear SVM, the default comparison's pick; 30 % test split) | {Or(themes, s => F(D(s, "itemsPerSecond"), "N0") + " items/s")} | " +
                      $"{Or(themes, s => $"micro F1 {F(D(s, "microF1"), "0.000")}; trained in {F(D(s, "trainSeconds"), "0")} s")} | |");
        sb.AppendLine(inv, $"| Emerging-issue detection, {n:N0} items, {weeks} weeks | {Or(digest, s => F(D(s, "detectSeconds"), "0.0") + " s")} | | |");
        sb.AppendLine(inv, $"| Digest build for one week, {n:N0} items | {Or(digest, s => F(D(s, "digestSeconds"), "0.0") + " s")} | | under 30 s |");
        sb.AppendLine(inv, $"| Web app peak memory (VmHWM), {n:N0} items indexed, {Or(memory, s => F(D(s, "searches"), "0"))} searches | " +
                      $"{Or(memory, s => F(D(s, "peakMegabytes"), "N0") + " MB")} | " +
                      $"{Or(memory, s => $"resident at the end {F(D(s, "rssMegabytes"), "N0")} MB; indexed from empty in {F(D(s, "indexSeconds"), "0")} s")} | under 1,536 MB |");
        sb.AppendLine(inv, $"| On disk at {n:N0} items | {Or(memory, s => $"index {F(D(s, "indexMegabytes"), "N0")} MB")} | " +
                      $"{Or(memory, s => $"items table with its indexes {F(D(s, "itemsTableMegabytes"), "N0")} MB; database {F(D(s, "databaseMegabytes"), "N0")} MB")} | |");
        sb.AppendLine();
        sb.Append("Each bench ran as its own process: ");
        sb.AppendJoin("; ", new[] { ingest, search, themes, digest, memory }.Select(s => $"{s.Name} {F(s.Seconds, "0")} s"));
        sb.Append('.');
        return sb.ToString();
    }

    private static string RuntimeDescription() =>
        $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
