using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// Turns one week's flags into bursts: one burst of comments lifts its theme, the theme in its locality, its service
/// area and its channel together, and people should read it once. Two flags are the same burst when their items
/// overlap enough (<see cref="SameBurst"/>), and sameness is transitive (a flag joins every group it overlaps with).
/// A theme's flags in its localities are also taken together: when between them they hold most of the theme's excess,
/// they are one burst with it (a burst across a theme, flagged in the theme and some localities).
/// </summary>
public static class IssueGrouping
{
    /// <summary>The share of overlap both tests in <see cref="SameBurst"/> ask for.</summary>
    public const double MinimumShare = 0.6;

    /// <summary>A flag with the items it counted this week.</summary>
    public sealed record Flag(DetectedIssue Issue, IReadOnlyCollection<long> ItemIds);

    /// <summary>
    /// The flags grouped into bursts, each group led by its most specific true description (see <see cref="Lead"/>),
    /// groups in the order of their lead's score.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<DetectedIssue>> Group(IReadOnlyList<Flag> flags)
    {
        var sets = flags.Select(f => f.ItemIds as IReadOnlySet<long> ?? f.ItemIds.ToHashSet()).ToList();
        var parent = Enumerable.Range(0, flags.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var a = 0; a < flags.Count; a++)
        for (var b = a + 1; b < flags.Count; b++)
        {
            if (Find(a) != Find(b) && SameBurst(flags[a].Issue, sets[a], flags[b].Issue, sets[b])) parent[Find(a)] = Find(b);
        }
        // A burst across several localities: each locality's flag lies inside its theme's but is too small a part of the
        // theme's excess alone; together they are most of it, so they and the theme are one burst. Only a theme and its
        // localities: a new survey lifting several themes of its channel is not one burst of comments.
        for (var b = 0; b < flags.Count; b++)
        {
            var theme = flags[b].Issue.Key;
            if (theme.Kind != SeriesKinds.Theme) continue;
            var inside = Enumerable.Range(0, flags.Count)
                .Where(a => flags[a].Issue.Key.Kind == SeriesKinds.ThemeLocality && flags[a].Issue.Key.ThemeId == theme.ThemeId
                            && sets[a].Count(sets[b].Contains) >= MinimumShare * sets[a].Count).ToList();
            if (inside.Count < 2) continue; // one alone: the test above has decided
            var common = inside.SelectMany(a => sets[a]).Where(sets[b].Contains).Distinct().Count();
            if (common >= MinimumShare * Math.Min(Excess(flags[b].Issue), sets[b].Count))
                foreach (var a in inside) parent[Find(a)] = Find(b);
        }
        return Enumerable.Range(0, flags.Count).GroupBy(Find)
            .Select(g =>
            {
                var members = g.ToList();
                var union = members.SelectMany(m => sets[m]).ToHashSet();
                var lead = Lead(members.Select(m => (flags[m].Issue, sets[m])).ToList(), union.Count);
                return (IReadOnlyList<DetectedIssue>)[lead, .. members.Select(m => flags[m].Issue).Where(i => i != lead)
                    .OrderByDescending(i => i.Judgement.Score).ThenBy(i => i.FlagId, StringComparer.Ordinal)];
            })
            .OrderByDescending(g => g[0].Judgement.Score).ThenBy(g => g[0].FlagId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Two flags are one burst when their common items are at least 60% of the smaller flag's items (the smaller one
    /// lies mostly inside the larger), and at least 60% of the larger flag's excess over what was expected (the burst is
    /// most of why the larger one was flagged too). The second test keeps a big series that happened to contain a small
    /// burst apart when it rose for its own reasons.
    /// <para>
    /// Worked example: 22 comments about transport to day centres in Tilbury this week. "Transport in Tilbury" (22
    /// items, about 2 expected) and "Transport" (26 items, about 5 expected) share 22: 22/22 = 1 of the smaller, and
    /// 22 of the larger's excess of 21, so one burst. "Survey feedback" (32 items, about 12 expected) shares 22: 22/22
    /// of the smaller, 22 of an excess of 20, so it joins. Had the survey channel had 300 items against about 100
    /// expected (a new survey), 22 is not 60% of an excess of 200: that is a rise of its own, shown separately.
    /// </para>
    /// </summary>
    public static bool SameBurst(DetectedIssue a, IReadOnlySet<long> aItems, DetectedIssue b, IReadOnlySet<long> bItems)
    {
        if (aItems.Count == 0 || bItems.Count == 0) return false;
        var (small, large, largeIssue) = aItems.Count <= bItems.Count ? (aItems, bItems, b) : (bItems, aItems, a);
        var common = small.Count(large.Contains);
        return common >= MinimumShare * small.Count && common >= MinimumShare * Math.Min(Excess(largeIssue), large.Count);
    }

    private static double Excess(DetectedIssue issue) => Math.Max(1, issue.Judgement.Count - issue.Judgement.Expected);

    /// <summary>
    /// The most specific description that is still true of the burst: a theme in a locality before a theme, before a
    /// service area, before a channel; among those that hold at least 60% of the burst's items (a theme in one locality
    /// that holds 5 of 22 comments is not the burst). The highest score breaks ties.
    /// </summary>
    private static DetectedIssue Lead(IReadOnlyList<(DetectedIssue Issue, IReadOnlySet<long> Items)> members, int burstItems)
    {
        var ordered = members.OrderBy(m => Specificity(m.Issue.Key)).ThenByDescending(m => m.Issue.Judgement.Score)
            .ThenBy(m => m.Issue.FlagId, StringComparer.Ordinal).ToList();
        return ordered.FirstOrDefault(m => m.Items.Count >= MinimumShare * burstItems).Issue ?? ordered[0].Issue;
    }

    private static int Specificity(SeriesKey key) => key.Kind switch
    {
        SeriesKinds.ThemeLocality => 0,
        SeriesKinds.Theme => 1,
        SeriesKinds.ServiceArea => 2,
        _ => 3,
    };
}
