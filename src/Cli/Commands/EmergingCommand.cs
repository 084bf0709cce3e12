using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Analysis.Emerging.Evaluation;
using VoiceHub.Core;
using VoiceHub.Core.Reporting;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub emerging --week 2026-W47 [--json]</c>: the week's emerging issues and new phrases, from the hub's
/// database as detection sees them (nothing is stored). <c>voicehub emerging evaluate [--json]</c>: the detector measured
/// on synthetic streams with injected bursts (no database).
/// </summary>
public static class EmergingCommand
{
    public static Command Create()
    {
        var week = new Option<string>("--week") { Description = "The ISO week, like 2026-W47 (default: last week)" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("emerging", "Emerging issues and new phrases for one ISO week") { week, json, Evaluate() };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(week);
            var target = IsoWeek.PreviousOf(DateTimeOffset.UtcNow);
            if (text is not null && !IsoWeek.TryParse(text, out target))
            {
                await Console.Error.WriteLineAsync($"voicehub emerging: --week '{text}' is not an ISO week. Write it like 2026-W47.");
                return 2;
            }
            await using var host = await CliHost.StartAsync(ct);
            var result = await host.Get<EmergingDetection>().DetectAsync(target, ct);
            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    week = result.Week.ToString(),
                    issues = result.Issues.Select(i => new
                    {
                        theme = i.Theme,
                        locality = i.Locality,
                        channel = i.Key.Channel,
                        serviceArea = i.ServiceArea,
                        count = i.Judgement.Count,
                        expected = Math.Round(i.Judgement.Expected, 2),
                        upperBound = Math.Round(i.Judgement.UpperBound, 2),
                        score = Math.Round(i.Judgement.Score, 2),
                        sentence = i.Sentence,
                    }),
                    phrases = result.Phrases.Select(p => new
                    {
                        phrase = p.Phrase,
                        count = p.Count,
                        expected = Math.Round(p.Expected, 2),
                        score = Math.Round(p.Score, 2),
                    }),
                    bursts = result.Groups.Select(g => g.Select(i => i.Sentence)),
                    negativeTurns = result.NegativeTurns.Select(t => t.Sentence),
                });
                return 0;
            }
            Console.WriteLine($"Emerging issues in {result.Week.Describe()}: {result.ItemsThisWeek:N0} items, {result.SeriesJudged:N0} series judged");
            foreach (var note in result.Notes) Console.WriteLine($"  Note: {note}");
            if (result.Groups.Count + result.NegativeTurns.Count == 0) Console.WriteLine("  No emerging issues.");
            foreach (var g in result.Groups)
            {
                Console.WriteLine($"  {g[0].Judgement.Score,5:0.00}  {g[0].Sentence} (bound {g[0].Judgement.UpperBound:0.0})");
                foreach (var i in g.Skip(1)) Console.WriteLine($"         also: {i.Sentence}");
            }
            foreach (var t in result.NegativeTurns) Console.WriteLine($"         {t.Sentence}");
            Console.WriteLine(result.Phrases.Count == 0 ? "No new phrases." : "New phrases:");
            foreach (var p in result.Phrases) Console.WriteLine($"  {p.Score,7:0.0}  \"{p.Phrase}\": in {p.Count} items, about {p.Expected:0.0} expected");
            return 0;
        });
        return command;
    }

    private static Command Evaluate()
    {
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var seed = new Option<int>("--seed") { Description = "Random seed for the streams and bursts", DefaultValueFactory = _ => 7 };
        var volume = new Option<double>("--weekly-items") { Description = "Items a week across the council", DefaultValueFactory = _ => 300 };
        var weeks = new Option<int>("--weeks") { Description = "Weeks measured per series (after a baseline's worth of warm-up)", DefaultValueFactory = _ => 104 };
        var peers = new Option<bool>("--peers") { Description = "Also run R surveillance's Farrington flexible and EARS C1-C3 on the same streams (needs Rscript)" };
        var peerReplicates = new Option<int>("--peer-replicates") { Description = "With --peers: replicates of the seeds' series", DefaultValueFactory = _ => 4 };
        var peerWeeks = new Option<int>("--peer-weeks") { Description = "With --peers: weeks judged per series", DefaultValueFactory = _ => 52 };
        var peerDir = new Option<string>("--peer-dir") { Description = "With --peers: where the streams and the peers' flags are written", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "voicehub-peers") };
        var hierarchy = new Option<bool>("--hierarchy") { Description = "With --peers: each theme's stream the sum of its localities', bursts in a locality or across a theme" };
        var topics = new Option<bool>("--topics") { Description = "Measure new-topic detection instead: novel topics planted in streams of real comments (embeds them in process)" };
        var topicStreams = new Option<int>("--topic-streams") { Description = "With --topics: streams of real comments", DefaultValueFactory = _ => 10 };
        var topicAlpha = new Option<double>("--topic-alpha") { Description = "With --topics: the Poisson tail a group must be below", DefaultValueFactory = _ => new NewTopicOptions().Alpha };
        var command = new Command("evaluate", "Measure the detector on synthetic weekly streams with injected bursts") { json, seed, volume, weeks, peers, peerReplicates, peerWeeks, peerDir, hierarchy, topics, topicStreams, topicAlpha };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(volume) <= 0 || parse.GetValue(weeks) < 4)
            {
                await Console.Error.WriteLineAsync("voicehub emerging evaluate: --weekly-items must be above 0 and --weeks at least 4.");
                return 2;
            }
            var options = CliHost.Configuration().GetSection(EmergingOptions.Section).Get<EmergingOptions>() ?? new EmergingOptions();
            var seeds = ProjectPaths.SeedsDirectory(CliHost.Configuration().GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions());
            if (parse.GetValue(topics))
            {
                // Real comments, not counts: a week is at most what the seeds hold over 36 weeks, so 300 becomes 100.
                var items = parse.GetResult(volume) is { Implicit: false } ? (int)parse.GetValue(volume) : 100;
                if (parse.GetValue(topicStreams) < 1 || items < 10 || items > 100 || parse.GetValue(topicAlpha) is <= 0 or >= 1)
                {
                    await Console.Error.WriteLineAsync("voicehub emerging evaluate --topics: --topic-streams must be at least 1, --weekly-items 10 to 100 (the seeds hold 3,745 distinct comments, 36 weeks' worth), --topic-alpha between 0 and 1.");
                    return 2;
                }
                return EmergingTopicsEvaluation.Run(seeds, parse.GetValue(topicStreams), items, parse.GetValue(seed), parse.GetValue(json),
                    new NewTopicOptions { Alpha = parse.GetValue(topicAlpha) }, ct);
            }
            var streams = SyntheticStreams.FromSeeds(seeds, parse.GetValue(volume), parse.GetValue(seed));
            if (parse.GetValue(hierarchy) && !parse.GetValue(peers))
            {
                await Console.Error.WriteLineAsync("voicehub emerging evaluate: --hierarchy needs --peers.");
                return 2;
            }
            if (parse.GetValue(peers))
            {
                if (parse.GetValue(peerReplicates) < 1 || parse.GetValue(peerWeeks) < 4)
                {
                    await Console.Error.WriteLineAsync("voicehub emerging evaluate: --peer-replicates must be at least 1 and --peer-weeks at least 4.");
                    return 2;
                }
                return await EmergingPeers.RunAsync(streams, options, parse.GetValue(seed), parse.GetValue(peerWeeks), parse.GetValue(peerReplicates), parse.GetValue(peerDir)!, parse.GetValue(json),
                    parse.GetValue(hierarchy), ct);
            }
            var f = DetectorEvaluation.Run(streams, options, parse.GetValue(volume), parse.GetValue(seed), parse.GetValue(weeks));
            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    precision = Math.Round(f.Precision, 3),
                    recall = Math.Round(f.Recall, 3),
                    falseAlarmsPer100SeriesWeeks = Math.Round(f.FalseAlarmsPer100SeriesWeeks, 3),
                    medianDelayWeeks = f.MedianDelayWeeks,
                    bySize = f.BySize.ToDictionary(kv => kv.Key, kv => new
                    {
                        bursts = kv.Value.Bursts,
                        recall = Math.Round(kv.Value.Recall, 3),
                        recallInFirstWeek = Math.Round(kv.Value.RecallInFirstWeek, 3),
                        medianDelayWeeks = kv.Value.MedianDelayWeeks,
                        atLeast8Items = new
                        {
                            bursts = kv.Value.AtLeast8Items.Bursts,
                            recall = Math.Round(kv.Value.AtLeast8Items.Recall, 3),
                            recallInFirstWeek = Math.Round(kv.Value.AtLeast8Items.RecallInFirstWeek, 3),
                        },
                    }),
                    series = f.Series,
                    seriesWeeks = f.SeriesWeeks,
                    bursts = f.Bursts,
                    flags = f.Flags,
                    falseAlarms = f.FalseAlarms,
                    weeklyItems = f.WeeklyItems,
                    alpha = options.Alpha,
                    seed = f.Seed,
                });
                return 0;
            }
            var en = CultureInfo.GetCultureInfo("en-GB");
            Console.WriteLine($"{f.Series:N0} series ({streams.All.Count} × 12 replicates), {f.SeriesWeeks:N0} series-weeks, {f.WeeklyItems:N0} items a week, {f.Bursts:N0} bursts");
            Console.WriteLine($"Precision {f.Precision:0.000}, recall {f.Recall:0.000}, false alarms {f.FalseAlarmsPer100SeriesWeeks:0.00} per 100 series-weeks, median delay {f.MedianDelayWeeks?.ToString("0.#", en) ?? "–"} weeks");
            foreach (var (size, s) in f.BySize)
            {
                Console.WriteLine($"  {size,-6} {s.Bursts,5} bursts: recall {s.Recall:0.000} (first week {s.RecallInFirstWeek:0.000}); adding 8+ items: {s.AtLeast8Items.Bursts} bursts, recall {s.AtLeast8Items.Recall:0.000} (first week {s.AtLeast8Items.RecallInFirstWeek:0.000})");
            }
            return 0;
        });
        return command;
    }
}
