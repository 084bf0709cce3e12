using System.Diagnostics;
using System.Globalization;
using System.Text;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Analysis.Emerging.Evaluation;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub emerging evaluate --peers</c>: VoiceHub's detector and UK/US public health's outbreak detectors (R's
/// <c>surveillance</c>: the Farrington flexible method and EARS C1, C2, C3) on the very same synthetic streams. The
/// streams go to a CSV that <c>bench/peers.R</c> reads, so either side can be rerun alone. Each method is measured at a
/// grid of false-alarm settings, and shown at the one whose false-alarm rate is closest to VoiceHub's at its configured
/// alpha (matched false alarms); a flag on fewer than the minimum count of items counts for no method.
/// </summary>
public static class EmergingPeers
{
    /// <summary>Farrington's flexible method needs a year and a window back: 52 + 3 weeks before the first judged week.</summary>
    public const int WarmUp = 60;

    private static readonly double[] Alphas = [0.00001, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1];
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(SyntheticStreams streams, EmergingOptions options, int seed, int weeks, int replicates, string outDir, CancellationToken ct)
    {
        // Fewer replicates than the plain evaluation's 12: Farrington fits a model per series and week (about 9 ms each
        // on an idle core), so 12 replicates of two years would take most of an hour.
        var generated = DetectorEvaluation.Generate(streams, seed, WarmUp, weeks, replicates);
        Directory.CreateDirectory(outDir);
        var csv = Path.Combine(outDir, "streams.csv");
        var peersOut = Path.Combine(outDir, "peers-out.csv");
        var lines = new StringBuilder("stream,week,count\n");
        for (var k = 0; k < generated.Count; k++)
        for (var week = 0; week < generated[k].Counts.Length; week++)
            lines.Append(CultureInfo.InvariantCulture, $"{k + 1},{week + 1},{generated[k].Counts[week]}\n");
        // The R side takes minutes: when the very same streams were written before and the peers' flags are there,
        // they are reused (delete peers-out.csv to rerun it), so a change to VoiceHub's detector is measured in seconds.
        var reuse = File.Exists(csv) && File.Exists(peersOut) && File.GetLastWriteTimeUtc(peersOut) >= File.GetLastWriteTimeUtc(csv)
                    && await File.ReadAllTextAsync(csv, ct) == lines.ToString();
        if (!reuse) await File.WriteAllTextAsync(csv, lines.ToString(), ct);
        await File.WriteAllLinesAsync(Path.Combine(outDir, "bursts.csv"), ["stream,burst_start_week,burst_weeks,size,first_week_extra",
            .. generated.Select((g, k) => g.HasBurst ? $"{k + 1},{g.BurstStart + 1},{g.BurstWeeks},{g.Size},{g.FirstExtra}" : null).OfType<string>()], ct);

        var rows = new List<(string Method, double Alpha, EvaluationFigures Figures)>();
        foreach (var alpha in Alphas.Append(options.Alpha).Distinct().Order())
        {
            var o = new EmergingOptions { BaselineWeeks = options.BaselineWeeks, MinimumCount = options.MinimumCount, Alpha = alpha, OutlierResidual = options.OutlierResidual };
            var flags = DetectorEvaluation.JudgeAll(generated, o, WarmUp);
            rows.Add(("VoiceHub", alpha, DetectorEvaluation.Score(generated, WarmUp, options.MinimumCount, (k, w) => flags[k].Contains(w))));
        }
        var target = rows.Single(r => r.Method == "VoiceHub" && r.Alpha == options.Alpha).Figures.FalseAlarmsPer100SeriesWeeks;

        var script = FindScript();
        string? skipped = null;
        if (reuse)
        {
            Console.Error.WriteLine($"Reusing the peers' flags in {peersOut}: same streams as when it was written (delete it to rerun R).");
            rows.AddRange(ReadPeers(peersOut, generated, options.MinimumCount));
        }
        else if (script is null) skipped = "Peers skipped: bench/peers.R not found (run from the repository).";
        else if (!await RAvailableAsync(ct)) skipped = "Peers skipped: Rscript or the R package surveillance is missing (apt-get install -y --no-install-recommends r-cran-surveillance).";
        else
        {
            var clock = Stopwatch.StartNew();
            var args = $"\"{script}\" \"{csv}\" \"{peersOut}\" {WarmUp + 1} {string.Join(',', Alphas.Select(a => a.ToString(Invariant)))}";
            Console.Error.WriteLine($"Running: Rscript {args}");
            var (code, error) = await RunProcessAsync("Rscript", args, ct);
            if (code != 0) skipped = $"Peers skipped: Rscript failed ({code}): {error.Trim().Split('\n').LastOrDefault()}";
            else
            {
                Console.Error.WriteLine($"R side took {clock.Elapsed.TotalSeconds:0} s");
                rows.AddRange(ReadPeers(peersOut, generated, options.MinimumCount));
            }
        }

        Print(rows, target, options.Alpha, generated, weeks, skipped, csv, peersOut, script);
        return 0;
    }

    private static IEnumerable<(string, double, EvaluationFigures)> ReadPeers(string path, IReadOnlyList<DetectorEvaluation.Stream> generated, int minimumCount)
    {
        var alarms = new Dictionary<(string, double), HashSet<(int, int)>>();
        var pvalues = new Dictionary<(int, int), double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            var (stream, week) = (int.Parse(f[2], Invariant) - 1, int.Parse(f[3], Invariant) - 1);
            if (f[0] == "farrington") pvalues[(stream, week)] = double.Parse(f[4], Invariant);
            else
            {
                var key = (f[0], double.Parse(f[1], Invariant));
                if (!alarms.TryGetValue(key, out var set)) alarms[key] = set = [];
                set.Add((stream, week));
            }
        }
        foreach (var m in new[] { "ears-c1", "ears-c2", "ears-c3" })
        foreach (var a in Alphas)
        {
            var set = alarms.GetValueOrDefault((m, a)) ?? [];
            yield return (m, a, DetectorEvaluation.Score(generated, WarmUp, minimumCount, (k, w) => set.Contains((k, w))));
        }
        foreach (var a in Alphas)
            yield return ("farrington", a, DetectorEvaluation.Score(generated, WarmUp, minimumCount, (k, w) => pvalues.TryGetValue((k, w), out var p) && p < a));
    }

    private static void Print(List<(string Method, double Alpha, EvaluationFigures Figures)> rows, double target, double alpha,
        IReadOnlyList<DetectorEvaluation.Stream> generated, int weeks, string? skipped, string csv, string peersOut, string? script)
    {
        var en = CultureInfo.GetCultureInfo("en-GB");
        Console.WriteLine($"{generated.Count:N0} streams × {weeks} weeks judged (after {WarmUp} weeks of history), {generated.Count(g => g.HasBurst):N0} bursts. Streams: {csv}");
        Console.WriteLine($"Each method at the setting whose false alarms are closest to VoiceHub's at alpha {alpha.ToString(Invariant)} ({target:0.00} per 100 series-weeks).");
        var chosen = rows.GroupBy(r => r.Method)
            .Select(g => g.Key == "VoiceHub" ? g.Single(r => r.Alpha == alpha) : g.OrderBy(r => Math.Abs(r.Figures.FalseAlarmsPer100SeriesWeeks - target)).ThenBy(r => r.Alpha).First())
            .ToList();
        var sizes = DetectorEvaluation.Sizes.Select(z => z.Name).ToList();
        var header = new StringBuilder("| Method (setting) | False alarms / 100 series-weeks |");
        foreach (var z in sizes) header.Append(CultureInfo.InvariantCulture, $" {z}: first week (any) |");
        foreach (var z in sizes) header.Append(CultureInfo.InvariantCulture, $" {z}, ≥ 8 items: first week (any) |");
        header.Append(" Median delay (weeks) | Issues per burst |");
        Console.WriteLine(header);
        Console.WriteLine("|---|---:|" + string.Concat(Enumerable.Repeat("---:|", sizes.Count * 2)) + "---:|---:|");
        foreach (var (method, a, f) in chosen)
        {
            var line = new StringBuilder($"| {method} (α {a.ToString(Invariant)}) | {f.FalseAlarmsPer100SeriesWeeks:0.00} |");
            foreach (var z in sizes) line.Append(CultureInfo.InvariantCulture, $" {f.BySize[z].RecallInFirstWeek:0.000} ({f.BySize[z].Recall:0.000}) |");
            foreach (var z in sizes) line.Append(CultureInfo.InvariantCulture, $" {f.BySize[z].AtLeast8Items.RecallInFirstWeek:0.000} ({f.BySize[z].AtLeast8Items.Recall:0.000}) |");
            line.Append(CultureInfo.InvariantCulture, $" {f.MedianDelayWeeks?.ToString("0.#", en) ?? "–"} | {f.IssuesPerBurst:0.00} |");
            Console.WriteLine(line);
        }
        Console.WriteLine($"Bursts per size: {string.Join(", ", sizes.Select(z => $"{z} {chosen[0].Figures.BySize[z].Bursts} ({chosen[0].Figures.BySize[z].AtLeast8Items.Bursts} adding ≥ 8 items)"))}.");
        if (skipped is not null)
        {
            Console.WriteLine(skipped);
            return;
        }
        Console.WriteLine($"Peers' flags: {peersOut} (rerun the R side alone: Rscript {script} {csv} {peersOut} {WarmUp + 1} {string.Join(',', Alphas.Select(x => x.ToString(Invariant)))})");
        var us = chosen.Single(c => c.Method == "VoiceHub").Figures;
        var peers = chosen.Where(c => c.Method != "VoiceHub").ToList();
        var bestPeerFalseAlarms = peers.Min(p => p.Figures.FalseAlarmsPer100SeriesWeeks);
        var beats = sizes.All(z => peers.All(p => us.BySize[z].RecallInFirstWeek > p.Figures.BySize[z].RecallInFirstWeek));
        Console.WriteLine($"Aim (false alarms no higher than the best peer's, {bestPeerFalseAlarms:0.00}; first-week recall above every peer's for each size): " +
                          $"false alarms {(us.FalseAlarmsPer100SeriesWeeks <= bestPeerFalseAlarms ? "met" : "not met")} ({us.FalseAlarmsPer100SeriesWeeks:0.00}), " +
                          $"first-week recall {(beats ? "met" : "not met")}.");
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "bench", "peers.R");
            if (File.Exists(path)) return path;
        }
        return null;
    }

    private static async Task<bool> RAvailableAsync(CancellationToken ct)
    {
        try
        {
            var (code, _) = await RunProcessAsync("Rscript", "-e \"suppressMessages(library(surveillance))\"", ct);
            return code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<(int Code, string Error)> RunProcessAsync(string file, string arguments, CancellationToken ct)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await error);
    }
}
