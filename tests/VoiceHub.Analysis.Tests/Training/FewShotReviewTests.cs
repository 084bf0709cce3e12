using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>
/// Staff reviewing the "might be this theme" list, as <c>themes fewshot --review</c> simulates it (<see cref="FewShotReview"/>),
/// on drawn vectors: a theme's rows lie near one direction, a look-alike's near a nearby one.
/// </summary>
public sealed class FewShotReviewTests
{
    private const string Theme = "Direct payments";

    /// <summary>200 rows in 8 dimensions: 30 of the theme (near axis 0), 30 look-alikes (near axes 0 and 1), the rest anywhere.</summary>
    private static List<LabelledRow> Rows(int seed)
    {
        var random = new Random(seed);
        float[] Near(float[] centre, double spread) => centre.Select(c => (float)(c + spread * (random.NextDouble() * 2 - 1))).ToArray();
        float[] theme = [1, 0, 0, 0, 0, 0, 0, 0], alike = [0.8f, 0.6f, 0, 0, 0, 0, 0, 0], none = new float[8];
        return Enumerable.Range(0, 200).Select(i => new LabelledRow($"r{i}", $"text {i}", i < 30 ? [Theme] : ["Other"])
        {
            Embedding = i < 30 ? Near(theme, 0.5) : i < 60 ? Near(alike, 0.5) : Near(none, 1),
        }).ToList();
    }

    [Fact]
    public void Reviewed_PerfectReviewer_ConfirmsOnlyTheThemeAndShowsNoRowTwice()
    {
        var rows = Rows(1);
        var raw = rows.Select(r => r.Embedding!).ToList();
        int[] known = [0, 1, 2];

        var (confirmed, rejected) = FewShotReview.Reviewed(rows, raw, Theme, [1, 0, 0, 0, 0, 0, 0, 0], known,
            ThemeSuggestions.Space("", 0, 8, raw), review: 10, rounds: 3);

        Assert.Equal(30, confirmed.Count + rejected.Count);
        Assert.All(confirmed, i => Assert.Contains(Theme, rows[i].Labels));
        Assert.All(rejected, i => Assert.DoesNotContain(Theme, rows[i].Labels));
        Assert.Equal(30, confirmed.Concat(rejected).Concat(known).Distinct().Count() - known.Length);
        // The list finds the theme: most of what staff were shown is about it.
        Assert.True(confirmed.Count >= 15, $"{confirmed.Count} of 30 shown were the theme");
    }

    [Fact]
    public void Score_ARejection_RanksByThePrototypeLessHalfTheCosineToTheRejections()
    {
        // The list's score since round 9 is one prototype moved away from the rejections (FewShotThemes.Prototype); it
        // must rank as the score it replaced: cos(prototype, x) − 0.5 × cos(rejections' mean, x) in the whitened space.
        var rows = Rows(2);
        var raw = rows.Select(r => r.Embedding!).ToList();
        var space = ThemeSuggestions.Space("", 0, 8, raw);
        var examples = raw.Take(5).ToList();
        var rejected = raw.Skip(30).Take(3).ToList();
        float[] description = [1, 0, 0, 0, 0, 0, 0, 0];

        var scores = ThemeSuggestions.Score(description, examples, rejected, raw, space);

        float[] W(float[] v) => FewShotThemes.Whitened(v, space.Centre!, space.Whitening!);
        var prototype = FewShotThemes.Prototype(examples.Select(W).ToList(), W(description), FewShotSettings.Default.DescriptionWeight);
        var away = FewShotThemes.Prototype(rejected.Select(W).ToList(), null, 0);
        var before = raw.Select(v => FewShotThemes.Cosine(prototype, W(v)) - 0.5f * FewShotThemes.Cosine(away, W(v))).ToArray();
        Assert.Equal(Ranked(before), Ranked(scores));
        // ...and the rejections lower the look-alikes (rows 30–59) against the list without them.
        var without = ThemeSuggestions.Score(description, examples, [], raw, space);
        var alikeRank = Enumerable.Range(30, 30).Average(i => (double)Ranked(scores).IndexOf(i));
        var alikeRankWithout = Enumerable.Range(30, 30).Average(i => (double)Ranked(without).IndexOf(i));
        Assert.True(alikeRank > alikeRankWithout, $"look-alikes' mean rank {alikeRank:0.0} after the rejections, {alikeRankWithout:0.0} before");
    }

    [Fact]
    public void FitTheme_CutFromTheFirstExamples_SetsTheThresholdFromThemAlone()
    {
        // Three examples drawn from the whole theme and five that sit at the prototype, as confirmations from the list do.
        var rows = Rows(3).Select((r, i) => r with { Labels = i < 3 ? [Theme] : [] }).ToList();
        rows.AddRange(Enumerable.Range(0, 5).Select(i => new LabelledRow($"c{i}", $"confirmed {i}", [Theme])
        {
            Embedding = [1, 0.01f * i, 0, 0, 0, 0, 0, 0],
        }));
        var settings = FewShotSettings.Default with { WordsWeight = 0 };
        var first = rows.Take(3).Select(r => r.Id).ToHashSet();

        var all = FewShotThemes.FitTheme(Theme, 0, rows, null, null, settings);
        var fromFirst = FewShotThemes.FitTheme(Theme, 0, rows, null, null, settings, first);
        var everyone = FewShotThemes.FitTheme(Theme, 0, rows, null, null, settings, rows.Where(r => r.Labels.Contains(Theme)).Select(r => r.Id).ToHashSet());

        // One prototype (every example shapes it), a lower threshold from the spread-out examples alone.
        Assert.Equal(all.Scorer.Prototype, fromFirst.Scorer.Prototype);
        Assert.Equal(all.Scorer.Threshold, everyone.Scorer.Threshold);
        Assert.True(fromFirst.Scorer.Threshold < all.Scorer.Threshold, $"{fromFirst.Scorer.Threshold:0.000} from the first three, {all.Scorer.Threshold:0.000} from all eight");
        Assert.Equal(8, fromFirst.Scorer.Examples);
    }

    [Fact]
    public void Fit_ExamplesConfirmedFromTheList_ShapeThePrototypeButTheOthersSetTheThreshold()
    {
        var rows = Rows(4).Select((r, i) => r with { Labels = i < 3 ? [Theme] : ["Other"] }).ToList();
        rows.AddRange(Enumerable.Range(0, 5).Select(i => new LabelledRow($"c{i}", $"confirmed {i}", [Theme])
        {
            Embedding = [1, 0.01f * i, 0, 0, 0, 0, 0, 0],
        }));
        var listed = new Dictionary<string, IReadOnlySet<string>> { [Theme] = Enumerable.Range(0, 5).Select(i => $"c{i}").ToHashSet() };
        var settings = FewShotSettings.Default with { WordsWeight = 0 };

        var plain = FewShotThemes.Fit([Theme, "Other"], rows, null, settings)!.Themes.Single(t => t.Label == Theme);
        var knowing = FewShotThemes.Fit([Theme, "Other"], rows, null, settings, listed)!.Themes.Single(t => t.Label == Theme);

        Assert.Equal(plain.Prototype, knowing.Prototype);
        Assert.True(knowing.Threshold < plain.Threshold, $"{knowing.Threshold:0.000} with the list's examples known, {plain.Threshold:0.000} without");
        Assert.Equal(8, knowing.Examples);
        // With fewer than two examples of staff's own, every example sets the threshold, as before.
        var allListed = new Dictionary<string, IReadOnlySet<string>> { [Theme] = rows.Where(r => r.Labels.Contains(Theme)).Skip(1).Select(r => r.Id).ToHashSet() };
        Assert.Equal(plain.Threshold, FewShotThemes.Fit([Theme, "Other"], rows, null, settings, allListed)!.Themes.Single(t => t.Label == Theme).Threshold);
    }

    private static List<int> Ranked(float[] scores) => Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
}
