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
/// alpha; then each method's curve of first-week recall against false alarms (<see cref="FalseAlarmCurve"/>) is read at
/// VoiceHub's rate and a few common ones, and the aim is judged at VoiceHub's rate. A flag on fewer than the minimum
/// count of items counts for no method.
/// </summary>
public static class EmergingPeers
{
    /// <summary>Farrington's flexible method needs a year and a window back: 52 + 3 weeks before the first judged week.</summary>
    public const int WarmUp = 60;

    private static readonly double[] Alphas = [0.00001, 0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1];

    /// <summary>
    /// The settings the false-alarm curves are drawn through where any threshold is free (VoiceHub's alpha, Farrington's
    /// p-value): ten a decade from 0.00001 to 0.1, with the EARS grid's alphas among them, so interpolation spans short steps.
    /// </summary>
    private static readonly double[] CurveAlphas = [.. Enumerable.Range(0, 41).Select(i => Math.Round(Math.Pow(10, -5 + i / 10.0), 6 - i / 10)).Concat(Alphas).Distinct().Order()];

    /// <summary>The false-alarm rates (per 100 series-weeks) at which every method's curve is read, beside VoiceHub's own.</summary>
    private static readonly double[] CurveLevels = [0.3, 0.5, 0.75, 1.0];
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The row of the test that knows every series' true mean and dispersion: a reference, not a peer.</summary>
    public const string KnownNull = "known null (reference)";

    public static async Task<int> RunAsync(SyntheticStreams streams, EmergingOptions options, int seed, int weeks, int replicates, string outDir, bool json,
        bool hierarchy, CancellationToken ct)
    {
        // Fewer replicates than the plain evaluation's 12: Farrington fits a model per series and week (about 9 ms each
        // on an idle core), so 12 replicates of two years would take most of an hour.
        var all = hierarchy
            ? DetectorEvaluation.GenerateHierarchy(streams, seed, WarmUp, weeks, replicates)
            : DetectorEvaluation.Generated.Of(DetectorEvaluation.Generate(streams, seed, WarmUp, weeks, replicates));
        var generated = all.Streams;
        Directory.CreateDirectory(outDir);
        var csv = Path.Combine(outDir, "streams.csv");
        var peersOut = Path.Combine(outDir, "peers-out.csv");
        var lines = new StringBuilder("stream,week,count\n");
        for (var k = 0; k < generated.Count; k++)
        for (var week = 0; week < generated[k].Counts.Length; week++)
            lines.Append(CultureInfo.InvariantCulture, $"{k + 1},{week + 1},{generated[k].Counts[week]}\n");
        // The R side takes minutes: when the very same streams were written before and the peers' flags are there,
        // they are reused (delete peers-out.csv to rerun it), so a change to VoiceHub's detector is measured in seconds.
        // Finished: written after the streams, with the Farrington p-value of every stream's every judged week (R writes
        // to a temporary name and renames it when done; this also catches a file cut short some other way).
        var finished = File.Exists(csv) && File.Exists(peersOut) && File.GetLastWriteTimeUtc(peersOut) >= File.GetLastWriteTimeUtc(csv)
                       && Complete(peersOut, csv);
        var reuse = finished && await File.ReadAllTextAsync(csv, ct) == lines.ToString();
        if (!reuse && finished)
        {
            // An hour of R is not thrown away for a mistyped seed or size: other streams need their own folder.
            await Console.Error.WriteLineAsync($"voicehub emerging evaluate --peers: {outDir} holds the peers' flags for other streams (another seed, size or version). " +
                                               "Use another --peer-dir, or delete peers-out.csv there to rerun R on these streams.");
            return 2;
        }
        if (!reuse && File.Exists(peersOut))
        {
            Console.Error.WriteLine($"{peersOut} is not finished (a stopped R run?) or is older than the streams: deleted, R runs again.");
            File.Delete(peersOut);
        }
        if (!reuse) await File.WriteAllTextAsync(csv, lines.ToString(), ct);
        // One row per burst and stream it shows in (a hierarchy's burst shows in a locality and its theme, or a theme and all its localities).
        await File.WriteAllLinesAsync(Path.Combine(outDir, "bursts.csv"), ["stream,burst_start_week,burst_weeks,size,first_week_extra,burst",
            .. all.Bursts.SelectMany((b, i) => b.Streams.Select(k => $"{k + 1},{b.Start + 1},{b.Weeks},{b.Size},{b.FirstExtra},{i + 1}"))], ct);
        if (hierarchy)
            await File.WriteAllLinesAsync(Path.Combine(outDir, "series.csv"), ["stream,theme_stream",
                .. generated.Select((g, k) => $"{k + 1},{(g.Theme >= 0 ? (g.Theme + 1).ToString(Invariant) : "")}")], ct);

        var rows = new List<(string Method, double Alpha, EvaluationFigures Figures)>();
        (double All, double InOneLocality, double AcrossATheme)? digestIssues = null;
        foreach (var alpha in CurveAlphas.Append(options.Alpha).Distinct().Order())
        {
            var o = options.WithAlpha(alpha);
            var flags = DetectorEvaluation.JudgeAll(generated, o, WarmUp);
            rows.Add(("VoiceHub", alpha, DetectorEvaluation.Score(all, WarmUp, options.MinimumCount, (k, w) => flags[k].ContainsKey(w))));
            if (hierarchy && alpha == options.Alpha) digestIssues = DetectorEvaluation.DigestIssuesPerBurst(all, options.MinimumCount, flags);
        }
        var target = rows.Single(r => r.Method == "VoiceHub" && r.Alpha == options.Alpha).Figures.FalseAlarmsPer100SeriesWeeks;
        // Not a detector: the same test knowing each series' true mean and over-dispersion in every week (from the
        // generator, which no detector sees), at the exact negative-binomial tail. What a method that judges each series
        // at one false-alarm probability could reach with a perfect baseline; shown for scale, never in the aim.
        foreach (var alpha in CurveAlphas)
        {
            // A theme in a hierarchy is a sum of negative binomials: matched by its mean and variance.
            rows.Add((KnownNull, alpha, DetectorEvaluation.Score(all, WarmUp, options.MinimumCount, (k, w) =>
            {
                var (mu, variance) = all.TrueNull(k, w);
                return generated[k].Counts[w] > Detector.NegativeBinomialQuantile(mu, variance, 1 - alpha);
            })));
        }

        var script = FindScript();
        string? skipped = null;
        if (reuse)
        {
            Console.Error.WriteLine($"Reusing the peers' flags in {peersOut}: same streams as when it was written (delete it to rerun R).");
            rows.AddRange(ReadPeers(peersOut, all, options.MinimumCount));
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
                rows.AddRange(ReadPeers(peersOut, all, options.MinimumCount));
            }
        }

        if (json) PrintJson(rows, target, options.Alpha, all, weeks, skipped, digestIssues);
        else
        {
            Print(rows, target, options.Alpha, all, weeks, skipped, csv, peersOut, script);
            if (digestIssues is { } d)
                Console.WriteLine($"VoiceHub's digest (its grouping on item overlap, at alpha {options.Alpha.ToString(Invariant)}): {d.All:0.00} issues per detected burst " +
                                  $"({d.InOneLocality:0.00} for a burst in one locality, {d.AcrossATheme:0.00} across a theme), against " +
                                  $"{rows.Single(r => r.Method == "VoiceHub" && r.Alpha == options.Alpha).Figures.IssuesPerBurst:0.00} if every burst's flags in a week were one issue.");
        }
        return 0;
    }

    /// <summary>With <c>--json</c>: every method at every setting, and each curve read at VoiceHub's false alarms and the common levels.</summary>
    private static void PrintJson(List<(string Method, double Alpha, EvaluationFigures Figures)> rows, double target, double alpha,
        DetectorEvaluation.Generated generated, int weeks, string? skipped, (double All, double InOneLocality, double AcrossATheme)? digestIssues)
    {
        var sizes = DetectorEvaluation.Sizes.Select(z => z.Name).ToList();
        var us = rows.Single(r => r.Method == "VoiceHub" && r.Alpha == alpha).Figures;
        var curves = Curves(rows);
        var levels = CurveLevels.Prepend(target).Distinct().ToList();
        Json.Print(new
        {
            streams = generated.Streams.Count,
            hierarchy = generated.IsHierarchy,
            weeksJudged = weeks,
            bursts = generated.Bursts.Count,
            alpha,
            falseAlarmsPer100SeriesWeeks = Math.Round(target, 3),
            peersSkipped = skipped,
            digestIssuesPerBurst = digestIssues is { } d
                ? new { all = Math.Round(d.All, 3), inOneLocality = Math.Round(d.InOneLocality, 3), acrossATheme = Math.Round(d.AcrossATheme, 3) }
                : null,
            methods = curves.Select(c => new
            {
                method = c.Method,
                settings = rows.Where(r => r.Method == c.Method).OrderBy(r => r.Alpha).Select(r => new
                {
                    alpha = r.Alpha,
                    falseAlarmsPer100SeriesWeeks = Math.Round(r.Figures.FalseAlarmsPer100SeriesWeeks, 3),
                    medianDelayWeeks = r.Figures.MedianDelayWeeks,
                    issuesPerBurst = Math.Round(r.Figures.IssuesPerBurst, 3),
                    flagsPerBurst = Math.Round(r.Figures.FlagsPerBurst, 3),
                    bySize = r.Figures.BySize.ToDictionary(kv => kv.Key, kv => new
                    {
                        bursts = kv.Value.Bursts,
                        recall = Math.Round(kv.Value.Recall, 3),
                        recallInFirstWeek = Math.Round(kv.Value.RecallInFirstWeek, 3),
                    }),
                }),
                atFalseAlarms = levels.Select(l => new
                {
                    falseAlarmsPer100SeriesWeeks = Math.Round(l, 3),
                    recallInFirstWeek = sizes.ToDictionary(z => z, z => c.Curve.RecallAt(z, l) is var r
                        ? new { recall = Math.Round(r.Recall, 3), reach = r.Reach.ToString() }
                        : null),
                }),
            }),
            aimMet = skipped is null && curves.Count > 1 && sizes.All(z => curves.Where(c => c.Method is not ("VoiceHub" or KnownNull))
                .All(c => us.BySize[z].RecallInFirstWeek >= c.Curve.RecallAt(z, target).Recall)),
        });
    }

    /// <summary>Whether <paramref name="peersOut"/> has a Farrington row for every stream of <paramref name="streamsCsv"/> and every week after the warm-up.</summary>
    private static bool Complete(string peersOut, string streamsCsv)
    {
        int streams = 0, weeks = 0;
        foreach (var line in File.ReadLines(streamsCsv).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 3 || !int.TryParse(f[0], Invariant, out var stream) || !int.TryParse(f[1], Invariant, out var week)) return false;
            streams = Math.Max(streams, stream);
            weeks = Math.Max(weeks, week);
        }
        var judged = new HashSet<(string, string)>();
        foreach (var line in File.ReadLines(peersOut).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length == 5 && f[0] == "farrington") judged.Add((f[2], f[3]));
        }
        return streams > 0 && weeks > WarmUp && judged.Count == streams * (weeks - WarmUp);
    }

    private static IEnumerable<(string, double, EvaluationFigures)> ReadPeers(string path, DetectorEvaluation.Generated generated, int minimumCount)
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
        foreach (var a in CurveAlphas)
            yield return ("farrington", a, DetectorEvaluation.Score(generated, WarmUp, minimumCount, (k, w) => pvalues.TryGetValue((k, w), out var p) && p < a));
    }

    private static void Print(List<(string Method, double Alpha, EvaluationFigures Figures)> rows, double target, double alpha,
        DetectorEvaluation.Generated generated, int weeks, string? skipped, string csv, string peersOut, string? script)
    {
        var en = CultureInfo.GetCultureInfo("en-GB");
        Console.WriteLine($"{generated.Streams.Count:N0} streams × {weeks} weeks judged (after {WarmUp} weeks of history), {generated.Bursts.Count:N0} bursts. Streams: {csv}");
        if (generated.IsHierarchy)
            Console.WriteLine($"Hierarchy: each theme's stream is the sum of its localities'; {generated.Bursts.Count(b => b.Streams.Count == 2):N0} bursts in one locality (and its theme), " +
                              $"{generated.Bursts.Count(b => b.Streams.Count > 2):N0} across a theme. A burst is detected in a week when any stream it shows in is flagged; " +
                              "issues per burst group one burst's flags in one week into one issue (flags per burst: ungrouped).");
        Console.WriteLine($"Each method at the setting whose false alarms are closest to VoiceHub's at alpha {alpha.ToString(Invariant)} ({target:0.00} per 100 series-weeks).");
        // The nearest-setting table, as before the curves: on the EARS grid of alphas only.
        var chosen = rows.Where(r => Alphas.Contains(r.Alpha) || (r.Method == "VoiceHub" && r.Alpha == alpha)).GroupBy(r => r.Method)
            .Select(g => g.Key == "VoiceHub" ? g.Single(r => r.Alpha == alpha) : g.OrderBy(r => Math.Abs(r.Figures.FalseAlarmsPer100SeriesWeeks - target)).ThenBy(r => r.Alpha).First())
            .ToList();
        var sizes = DetectorEvaluation.Sizes.Select(z => z.Name).ToList();
        var header = new StringBuilder("| Method (setting) | False alarms / 100 series-weeks |");
        foreach (var z in sizes) header.Append(CultureInfo.InvariantCulture, $" {z}: first week (any) |");
        foreach (var z in sizes) header.Append(CultureInfo.InvariantCulture, $" {z}, ≥ 8 items: first week (any) |");
        header.Append(" Median delay (weeks) | Issues per burst | Flags per burst |");
        Console.WriteLine(header);
        Console.WriteLine("|---|---:|" + string.Concat(Enumerable.Repeat("---:|", sizes.Count * 2)) + "---:|---:|---:|");
        foreach (var (method, a, f) in chosen)
        {
            var line = new StringBuilder($"| {method} (α {a.ToString(Invariant)}) | {f.FalseAlarmsPer100SeriesWeeks:0.00} |");
            foreach (var z in sizes) line.Append(CultureInfo.InvariantCulture, $" {f.BySize[z].RecallInFirstWeek:0.000} ({f.BySize[z].Recall:0.000}) |");
            foreach (var z in sizes) line.Append(CultureInfo.InvariantCulture, $" {f.BySize[z].AtLeast8Items.RecallInFirstWeek:0.000} ({f.BySize[z].AtLeast8Items.Recall:0.000}) |");
            line.Append(CultureInfo.InvariantCulture, $" {f.MedianDelayWeeks?.ToString("0.#", en) ?? "–"} | {f.IssuesPerBurst:0.00} | {f.FlagsPerBurst:0.00} |");
            Console.WriteLine(line);
        }
        Console.WriteLine($"Bursts per size: {string.Join(", ", sizes.Select(z => $"{z} {chosen[0].Figures.BySize[z].Bursts} ({chosen[0].Figures.BySize[z].AtLeast8Items.Bursts} adding ≥ 8 items)"))}.");
        if (skipped is not null)
        {
            Console.WriteLine(skipped);
            return;
        }
        Console.WriteLine($"Peers' flags: {peersOut} (rerun the R side alone: Rscript {script} {csv} {peersOut} {WarmUp + 1} {string.Join(',', Alphas.Select(x => x.ToString(Invariant)))})");
        PrintMatched(rows, target, alpha, sizes);
    }

    /// <summary>
    /// Every method's curve of first-week recall against false alarms, read at VoiceHub's false-alarm rate and at a few
    /// common ones, and the aim judged there: at VoiceHub's rate, its first-week recall at least every peer's, per size.
    /// </summary>
    private static void PrintMatched(List<(string Method, double Alpha, EvaluationFigures Figures)> rows, double target, double alpha, IReadOnlyList<string> sizes)
    {
        var curves = Curves(rows);
        var levels = CurveLevels.Prepend(target).ToList();
        Console.WriteLine();
        Console.WriteLine($"Matched false alarms: each method's first-week recall ({string.Join(" / ", sizes)}) read off its curve over its settings " +
                          "(linear between the settings either side; ≤: the method's fewest false alarms are above this rate, so at most; ≥: its most are below it, so at least).");
        Console.WriteLine("| Method | Settings | False alarms (fewest to most) |" + string.Concat(levels.Select((l, i) => i == 0 ? $" At VoiceHub's {l:0.00} |" : $" At {l:0.00} |")));
        Console.WriteLine("|---|---:|---|" + string.Concat(levels.Select(_ => "---|")));
        foreach (var (method, curve) in curves)
        {
            var line = new StringBuilder($"| {method} | {curve.Points.Count} | {curve.Points[0].FalseAlarms:0.00} to {curve.Points[^1].FalseAlarms:0.00} |");
            foreach (var level in levels) line.Append(CultureInfo.InvariantCulture, $" {string.Join(" / ", sizes.Select(z => Describe(curve.RecallAt(z, level))))} |");
            Console.WriteLine(line);
        }
        var us = rows.Single(r => r.Method == "VoiceHub" && r.Alpha == alpha).Figures;
        var peers = curves.Where(c => c.Method is not ("VoiceHub" or KnownNull)).ToList();
        if (peers.Count == 0) return;
        var bySize = sizes.Select(z =>
        {
            var best = peers.Select(p => (p.Method, Reading: p.Curve.RecallAt(z, target))).MaxBy(p => p.Reading.Recall);
            return (Size: z, Us: us.BySize[z].RecallInFirstWeek, Best: best, Met: us.BySize[z].RecallInFirstWeek >= best.Reading.Recall);
        }).ToList();
        Console.WriteLine($"Aim at matched false alarms (VoiceHub at alpha {alpha.ToString(Invariant)}, {target:0.00} per 100 series-weeks; its first-week recall at least every peer's there, per size): " +
                          $"{(bySize.All(b => b.Met) ? "met" : "not met")}. " +
                          string.Join("; ", bySize.Select(b => $"{b.Size} {b.Us:0.000} against {b.Best.Method}'s {Describe(b.Best.Reading)} ({(b.Met ? "met" : "not met")})")) + ".");
    }

    /// <summary>Each method's curve over all its settings, VoiceHub first.</summary>
    public static List<(string Method, FalseAlarmCurve Curve)> Curves(IEnumerable<(string Method, double Alpha, EvaluationFigures Figures)> rows) =>
        rows.GroupBy(r => r.Method).Select(g => (g.Key, FalseAlarmCurve.From(g.Select(r => (r.Alpha, r.Figures))))).ToList();

    private static string Describe(FalseAlarmCurve.Reading r) => r.Reach switch
    {
        FalseAlarmCurve.Reach.BelowLowest => $"≤{r.Recall.ToString("0.000", Invariant)}",
        FalseAlarmCurve.Reach.AboveHighest => $"≥{r.Recall.ToString("0.000", Invariant)}",
        _ => r.Recall.ToString("0.000", Invariant),
    };

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
