using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// Runs detection for one ISO week as it would have run live: counts every series' weeks in PostgreSQL (the week and
/// its baseline only), judges each series that could be flagged with <see cref="Detector"/>, and looks for new phrases.
/// A series is judged against weeks the data covers only: weeks before the first item, or before a locality's first
/// item, are not counted as quiet weeks, and a series with less history than the minimum is not judged yet.
/// </summary>
public sealed class EmergingDetection(
    WeeklyCountStore counts,
    ThemeStore themes,
    LocalityStore localities,
    ServiceAreaStore serviceAreas,
    IOptions<EmergingOptions> options,
    IOptions<VoiceHubOptions> hubOptions,
    ILogger<EmergingDetection> log)
{
    /// <summary>How many weeks of counts each issue carries for its sparkline.</summary>
    public const int SparklineWeeks = 12;

    /// <summary>"Not assigned" is the classifier's catch-all, not a topic: a rise in it shows up as new phrases instead.</summary>
    private const string NotAssigned = "Not assigned";

    public async Task<EmergingResult> DetectAsync(IsoWeek week, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var o = options.Value;
        var detector = new Detector(o);
        var baselineStart = week.AddWeeks(-o.BaselineWeeks);
        var next = week.AddWeeks(1).Monday;
        var rows = await counts.SeriesCountsAsync(baselineStart.Monday, next, ct);
        var (first, _) = await counts.DataRangeAsync(ct);
        var localityFirst = await counts.LocalityFirstDaysAsync(ct);
        var themeList = await themes.ListAsync(ct);
        var themeNames = themeList.ToDictionary(t => t.Id, t => t.Name);
        var localityNames = (await localities.ListAsync(ct)).ToDictionary(l => l.Id, l => l.Name);
        var areaNames = (await serviceAreas.ListAsync(ct)).ToDictionary(a => a.Id, a => a.Name);

        var notes = new List<string>();
        var weeks = o.BaselineWeeks + 1;
        var series = new Dictionary<SeriesKey, int[]>();
        foreach (var row in rows)
        {
            if (!series.TryGetValue(row.Key, out var values)) series[row.Key] = values = new int[weeks];
            var index = baselineStart.WeeksUntil(IsoWeek.Of(row.WeekStart));
            if (index >= 0 && index < weeks) values[index] = row.Count;
        }

        var dataStart = first is { } f ? IsoWeek.Of(f) : week;
        var issues = new List<DetectedIssue>();
        var tooNew = 0;
        var toJudge = new List<(SeriesKey Key, int[] Values, int[] Baseline, int Count)>();
        foreach (var (key, values) in series)
        {
            if (key.ThemeId is { } themeId && themeNames.GetValueOrDefault(themeId) == NotAssigned) continue;
            var start = dataStart;
            if (key.LocalityId is { } lid && localityFirst.TryGetValue(lid, out var day) && IsoWeek.Of(day) > start) start = IsoWeek.Of(day);
            var firstIndex = Math.Max(0, baselineStart.WeeksUntil(start));
            var baseline = values[firstIndex..o.BaselineWeeks];
            var count = values[o.BaselineWeeks];
            if (baseline.Length < o.MinimumBaselineWeeks)
            {
                if (count >= o.MinimumCount) tooNew++;
                continue;
            }
            toJudge.Add((key, values, baseline, count));
        }
        var judged = toJudge.Count;
        var pool = BaselinePool.Fit(toJudge.Select(s => detector.Own(s.Baseline)), o.PoolDispersion, o.PoolTrend);
        foreach (var (key, values, baseline, count) in toJudge)
        {
            if (count < o.MinimumCount) continue;
            // With the hierarchy: a theme in one locality as its share of the theme, over the same baseline weeks.
            var judgement = o.Hierarchy && key.Kind == SeriesKinds.ThemeLocality
                            && series.TryGetValue(new SeriesKey(SeriesKinds.Theme, ThemeId: key.ThemeId), out var themeValues)
                ? detector.JudgeShare(baseline, themeValues[(o.BaselineWeeks - baseline.Length)..o.BaselineWeeks], count, pool)
                : detector.Judge(baseline, count, pool);
            if (!judgement.Flagged) continue;

            var theme = key.ThemeId is { } t ? themeNames.GetValueOrDefault(t, $"Theme {t}") : null;
            var locality = key.LocalityId is { } l ? localityNames.GetValueOrDefault(l, $"Locality {l}") : null;
            var channel = key.Channel is { } c ? Channels.DisplayNameOf(c) : null;
            var area = key.ServiceAreaId is { } a ? areaNames.GetValueOrDefault(a, $"Service area {a}") : null;
            issues.Add(new DetectedIssue
            {
                FlagId = $"{week}.{key.Id}",
                Key = key,
                Theme = theme,
                Locality = locality,
                Channel = channel,
                ServiceArea = area,
                Judgement = judgement,
                Sentence = Sentences.For(key, theme, locality, channel, area, count, judgement.Expected),
                Weeks = Enumerable.Range(weeks - SparklineWeeks, SparklineWeeks)
                    .Select(i => new WeekCount(baselineStart.AddWeeks(i).ToString(), values[i])).ToList(),
            });
        }
        if (first is null || week < dataStart) notes.Add("There is no feedback for this week or before it.");
        else if (dataStart.WeeksUntil(week) < o.MinimumBaselineWeeks)
            notes.Add($"The feedback starts in {dataStart}: weeks are judged once {o.MinimumBaselineWeeks} weeks of history are in.");
        if (tooNew > 0) notes.Add($"{tooNew} {(tooNew == 1 ? "series has" : "series have")} too little history to judge yet (a new locality, or new data).");

        var texts = await counts.TextsAsync(week.AddWeeks(-o.PhraseBackgroundWeeks).Monday, next, ct);
        var thisWeek = texts.Where(x => x.WeekStart == week.Monday).ToList();
        var background = texts.Where(x => x.WeekStart < week.Monday).ToList();
        var seeds = ProjectPaths.SeedsDirectory(hubOptions.Value);
        var taxonomy = PhraseDetector.Taxonomy(themeList.Select(x => x.Name), SynonymSets.Read(Path.Combine(seeds, "synonyms.txt")));
        var phrases = new PhraseDetector(o, taxonomy).Detect(thisWeek, background);
        if (thisWeek.Count > 0 && background.Count < o.PhraseMinimumBackground)
            notes.Add($"New phrases need at least {o.PhraseMinimumBackground} items in the {o.PhraseBackgroundWeeks} weeks before to compare against; there were {background.Count}.");

        var turns = await NegativeTurnsAsync(week, baselineStart, next, dataStart, themeNames, localityNames, ct);

        var flagged = new List<IssueGrouping.Flag>();
        foreach (var issue in issues) flagged.Add(new IssueGrouping.Flag(issue, await counts.SeriesItemIdsAsync(issue.Key, week.Monday, ct)));
        var groups = IssueGrouping.Group(flagged);

        log.LogInformation("Emerging issues for {Week}: {Series} series judged, {Issues} flagged in {Groups} bursts, {Phrases} new phrases, in {Ms} ms",
            week, judged, issues.Count, groups.Count, phrases.Count, clock.ElapsedMilliseconds);
        return new EmergingResult
        {
            Week = week,
            Issues = issues.OrderByDescending(i => i.Judgement.Score).ThenBy(i => i.FlagId, StringComparer.Ordinal).ToList(),
            Groups = groups,
            Phrases = phrases,
            NegativeTurns = turns,
            SeriesJudged = judged,
            ItemsThisWeek = thisWeek.Count,
            Notes = notes,
            Counts = series.Where(kv => kv.Value[o.BaselineWeeks] > 0).ToDictionary(kv => kv.Key.Id, kv => kv.Value[o.BaselineWeeks]),
        };
    }

    /// <summary>Each theme's and locality's share of negative comments this week against its baseline weeks (those the data covers).</summary>
    private async Task<IReadOnlyList<NegativeTurn>> NegativeTurnsAsync(IsoWeek week, IsoWeek baselineStart, DateOnly next, IsoWeek dataStart,
        IReadOnlyDictionary<int, string> themeNames, IReadOnlyDictionary<int, string> localityNames, CancellationToken ct)
    {
        var o = options.Value;
        var from = dataStart > baselineStart ? dataStart : baselineStart;
        if (from.WeeksUntil(week) < o.MinimumBaselineWeeks) return [];
        var rows = await counts.SentimentCountsAsync(from.Monday, next, ct);
        var turns = new List<NegativeTurn>();
        foreach (var g in rows.GroupBy(r => (r.Kind, r.Id)))
        {
            var name = g.Key.Kind == "theme" ? themeNames.GetValueOrDefault(g.Key.Id) : localityNames.GetValueOrDefault(g.Key.Id);
            if (name is null || name == NotAssigned) continue;
            var now = g.FirstOrDefault(r => DateOnly.FromDateTime(r.WeekStart) == week.Monday);
            if (now is null) continue;
            var baseline = g.Where(r => DateOnly.FromDateTime(r.WeekStart) < week.Monday).Select(r => (r.Negative, r.Total)).ToList();
            var judgement = NegativeTurns.Judge(baseline, now.Negative, now.Total, o);
            if (!judgement.Flagged) continue;
            var theme = g.Key.Kind == "theme" ? name : null;
            turns.Add(new NegativeTurn(theme, theme is null ? name : null, judgement,
                NegativeTurns.Sentence(theme is null ? $"from {name}" : $"about {name}", judgement)));
        }
        if (turns.Any(t => t.Theme is not null) && turns.Any(t => t.Locality is not null))
        {
            // A theme's turn and its locality's turn that are the same negative comments are one issue.
            var ids = (await counts.NegativeItemIdsAsync(week.Monday, ct)).ToLookup(r => (r.Kind, r.Id), r => r.ItemId);
            var themeIds = themeNames.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);
            var localityIds = localityNames.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key);
            turns = NegativeTurns.Merge(turns, t => (t.Theme is { } th ? ids[("theme", themeIds[th])] : ids[("locality", localityIds[t.Locality!])]).ToHashSet()).ToList();
        }
        return turns.OrderByDescending(t => t.Judgement.Share - t.Judgement.BaselineShare).ThenBy(t => t.Sentence, StringComparer.Ordinal).ToList();

    }
}
