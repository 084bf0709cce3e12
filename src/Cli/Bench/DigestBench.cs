using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// <c>voicehub bench digest</c>: loads the synthetic corpus (<see cref="BenchCorpus"/>) spread over the given weeks into
/// a throwaway PostgreSQL, then times emerging-issue detection for the last full ISO week, and then the whole digest
/// build for it (detection again, evidence, numbers, coverage, storing the snapshot), as the Monday job runs them.
/// </summary>
public sealed class DigestBench(string seeds, ILoggerFactory loggers)
{
    public sealed record Figures(int Items, int Weeks, double LoadSeconds, double DetectSeconds, double DigestSeconds, string Week, int Issues, int Phrases);

    public async Task<Figures> RunAsync(int items, int weeks, CancellationToken ct)
    {
        var log = loggers.CreateLogger<DigestBench>();
        var corpus = BenchCorpus.Load(seeds);
        log.LogInformation("Starting a throwaway PostgreSQL for the bench");
        await using var db = await BenchDatabase.StartAsync(seeds, ct);
        log.LogInformation("Loading {Items:N0} items over {Weeks} weeks", items, weeks);
        var load = await db.LoadAsync(corpus, items, weeks, log, ct);
        log.LogInformation("Loaded in {Seconds:0.0}s", load.TotalSeconds);

        var hub = Options.Create(new VoiceHubOptions { SeedsDirectory = seeds });
        var counts = new WeeklyCountStore(db.DataSource);
        var localities = new LocalityStore(db.DataSource);
        var detection = new EmergingDetection(counts, new ThemeStore(db.DataSource), localities, new ServiceAreaStore(db.DataSource),
            Options.Create(new EmergingOptions()), hub, loggers.CreateLogger<EmergingDetection>());
        var builder = new DigestBuilder(detection, counts, new EmergingFlagStore(db.DataSource), new DigestStore(db.DataSource),
            new CoverageReporter(new CoverageStore(db.DataSource), hub), localities, TimeProvider.System, loggers.CreateLogger<DigestBuilder>());

        var week = IsoWeek.PreviousOf(DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        var result = await detection.DetectAsync(week, ct);
        var detect = clock.Elapsed;
        log.LogInformation("Detection for {Week}: {Seconds:0.00}s, {Issues} issues, {Phrases} phrases", week, detect.TotalSeconds, result.Issues.Count, result.Phrases.Count);

        clock.Restart();
        await builder.BuildAsync(week, "voicehub bench digest", onlyIfNone: false,
            _ => Task.FromResult(new SavedSearchCounts([], "Saved searches are not part of the bench.")), ct);
        var digest = clock.Elapsed;
        log.LogInformation("Digest for {Week}: {Seconds:0.00}s", week, digest.TotalSeconds);
        return new Figures(items, weeks, load.TotalSeconds, detect.TotalSeconds, digest.TotalSeconds, week.ToString(), result.Issues.Count, result.Phrases.Count);
    }
}
