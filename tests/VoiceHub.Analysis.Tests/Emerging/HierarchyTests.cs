using VoiceHub.Analysis.Emerging;
using VoiceHub.Analysis.Emerging.Evaluation;
using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>Themes within localities: the generator's hierarchy, its scoring, and the detector's share of a theme.</summary>
public sealed class HierarchyTests
{
    // Two themes, each in four localities, as SyntheticStreams.FromSeeds lays them out: a theme, then its localities.
    private static readonly SyntheticStreams Streams = new()
    {
        All =
        [
            new("Transport", 40, 1.4, 0.004, 1.0, false),
            new("Transport in A", 16, 1.2, 0, 0, true),
            new("Transport in B", 12, 1.6, 0, 0, true),
            new("Transport in C", 8, 1.1, 0, 0, true),
            new("Transport in D", 4, 1.8, 0, 0, true),
            new("Meals", 20, 1.3, 0, 2.0, false),
            new("Meals in A", 8, 1.3, 0, 0, true),
            new("Meals in B", 6, 1.5, 0, 0, true),
            new("Meals in C", 4, 1.2, 0, 0, true),
            new("Meals in D", 2, 1.7, 0, 0, true),
        ],
    };

    [Fact]
    public void GenerateHierarchy_ThemeStream_IsTheSumOfItsLocalities()
    {
        var g = DetectorEvaluation.GenerateHierarchy(Streams, seed: 5, warmUp: 30, weeks: 20, replicates: 3);

        Assert.Equal(30, g.Streams.Count);
        var themes = g.Streams.Select((s, k) => (s, k)).Where(x => x.s.Theme < 0).ToList();
        Assert.Equal(6, themes.Count);
        foreach (var (theme, k) in themes)
        {
            Assert.Equal(4, theme.Parts.Count);
            Assert.All(theme.Parts, p => Assert.Equal(k, g.Streams[p].Theme));
            for (var w = 0; w < theme.Counts.Length; w++) Assert.Equal(theme.Parts.Sum(p => g.Streams[p].Counts[w]), theme.Counts[w]);
            // A theme's true null is its localities' added up.
            var (mean, variance) = g.TrueNull(k, 35);
            Assert.Equal(theme.Parts.Sum(p => g.TrueNull(p, 35).Mean), mean, 9);
            Assert.True(variance > mean, "over-dispersed");
        }
    }

    [Fact]
    public void GenerateHierarchy_ALocalityBurst_ShowsInTheLocalityAndItsTheme()
    {
        var g = DetectorEvaluation.GenerateHierarchy(Streams, seed: 9, warmUp: 30, weeks: 40, replicates: 40);
        var local = g.Bursts.Where(b => b.Streams.Count == 2).ToList();
        var wide = g.Bursts.Where(b => b.Streams.Count == 5).ToList();
        Assert.True(local.Count > 3 * wide.Count && wide.Count > 10, $"{local.Count} locality bursts, {wide.Count} across a theme");

        // Each locality burst: its theme first, then the locality; over many, both carry the extra items in the first week.
        double localityExcess = 0, themeExcess = 0, added = 0;
        foreach (var b in local)
        {
            var (theme, locality) = (b.Streams[0], b.Streams[1]);
            Assert.Equal(theme, g.Streams[locality].Theme);
            localityExcess += g.Streams[locality].Counts[b.Start] - g.TrueNull(locality, b.Start).Mean;
            themeExcess += g.Streams[theme].Counts[b.Start] - g.TrueNull(theme, b.Start).Mean;
            added += b.FirstExtra;
        }
        Assert.InRange(localityExcess / added, 0.8, 1.2);
        Assert.InRange(themeExcess / added, 0.7, 1.3);
    }

    [Fact]
    public void Score_ALocalityAndItsThemeFlaggedInTheBurstsFirstWeek_IsOneDetectionAndOneIssue()
    {
        var g = DetectorEvaluation.GenerateHierarchy(Streams, seed: 9, warmUp: 30, weeks: 40, replicates: 1);
        // A locality burst with no other burst in its theme from its first week to the week after it.
        var burst = g.Bursts.First(b => b.Streams.Count == 2 && b.Start + b.Weeks < 70
            && !g.Bursts.Any(o => o != b && o.Streams[0] == b.Streams[0] && o.Start <= b.Start + b.Weeks && b.Start <= o.Start + o.Weeks));
        var flags = g.Streams.Select(_ => new HashSet<int>()).ToList();
        foreach (var k in burst.Streams) flags[k].Add(burst.Start);

        var f = DetectorEvaluation.Score(g, 30, minimumCount: 0, (k, w) => flags[k].Contains(w));

        Assert.Equal(g.Bursts.Count, f.Bursts);
        Assert.Equal(1, f.BySize.Values.Sum(s => s.RecallInFirstWeek * s.Bursts), 9);
        Assert.Equal(0, f.FalseAlarms);
        Assert.Equal(1, f.IssuesPerBurst);  // grouped: one burst, one week
        Assert.Equal(2, f.FlagsPerBurst);   // ungrouped: the locality's flag and its theme's

        // The same theme flagged a week after the burst is over is a false alarm.
        flags[burst.Streams[0]].Add(burst.Start + burst.Weeks);
        Assert.Equal(1, DetectorEvaluation.Score(g, 30, 0, (k, w) => flags[k].Contains(w)).FalseAlarms);
    }

    [Fact]
    public void JudgeShare_ExpectsTheLocalitysShareOfTheTheme_WithoutAPastBurstInIt()
    {
        var detector = new Detector(new EmergingOptions());
        var theme = Enumerable.Repeat(40, 26).ToArray();
        var locality = Enumerable.Repeat(10, 26).ToArray();
        // A burst in the locality months ago: 30 there, so 60 in the theme that week.
        locality[3] = 30;
        theme[3] = 60;

        var ordinary = detector.JudgeShare(locality, theme, 12);
        Assert.InRange(ordinary.Expected, 9.9, 10.1); // 0.25 × 40; with the past burst in the share it would be 10.3
        Assert.False(ordinary.Flagged);
        Assert.True(detector.JudgeShare(locality, theme, 22).Flagged);
    }

    [Fact]
    public void JudgeShare_FollowsTheThemesTrend_WhereTheLocalitysOwnIsNotSignificant()
    {
        var detector = new Detector(new EmergingOptions());
        // The theme grows by half over the baseline; the locality, a fifth of it, swings too much for its own trend to count.
        var smooth = Enumerable.Range(0, 26).Select(i => 60 * Math.Pow(1.5, i / 25.0)).ToArray();
        var theme = smooth.Select((m, i) => (int)Math.Round(m) + (i % 2 == 0 ? 6 : -6)).ToArray();
        var locality = smooth.Select((m, i) => (int)Math.Round(m / 5) + (i % 2 == 0 ? 6 : -6)).ToArray();

        var share = detector.JudgeShare(locality, theme, 20);
        var own = detector.Judge(locality, 20);

        Assert.True(share.Trend);
        Assert.InRange(share.Expected, 17, 19.5); // a fifth of the theme's ~91 next week
        Assert.False(own.Trend);
        Assert.True(own.Expected < 16, $"own {own.Expected}");
        Assert.Throws<ArgumentException>(() => detector.JudgeShare(locality, theme[1..], 20));
    }

    [Fact]
    public void Group_ABurstAcrossATheme_FlaggedInTheThemeAndTwoLocalities_IsOneIssue()
    {
        // 40 items about the theme against 16 expected; two localities hold 12 each (4 expected in each). Either alone
        // is half of the theme's excess of 24, under 60%; together they are all of it.
        var theme = Flag(new SeriesKey(SeriesKinds.Theme, ThemeId: 1), 40, 16, 0);
        var a = Flag(new SeriesKey(SeriesKinds.ThemeLocality, ThemeId: 1, LocalityId: 1), 12, 4, 0);
        var b = Flag(new SeriesKey(SeriesKinds.ThemeLocality, ThemeId: 1, LocalityId: 2), 12, 4, 12);
        Assert.False(IssueGrouping.SameBurst(a.Issue, a.ItemIds.ToHashSet(), theme.Issue, theme.ItemIds.ToHashSet()));

        var group = Assert.Single(IssueGrouping.Group([theme, a, b]));
        Assert.Equal(3, group.Count);

        // A theme that rose by 100 for its own reasons keeps two small locality rises apart from it.
        var big = Flag(new SeriesKey(SeriesKinds.Theme, ThemeId: 1), 140, 40, 0);
        Assert.Equal(3, IssueGrouping.Group([big, a, b]).Count);
    }

    private static IssueGrouping.Flag Flag(SeriesKey key, int count, double expected, long firstItem) =>
        new(new DetectedIssue
        {
            FlagId = key.Id, Key = key, Sentence = key.Id, Weeks = [],
            Judgement = new Judgement(count, expected, expected * 2, 2, true, 1, false, 26),
        }, [.. Enumerable.Range(0, count).Select(i => firstItem + i)]);
}
