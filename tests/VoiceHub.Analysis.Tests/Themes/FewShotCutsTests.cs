using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Tests.Themes;

/// <summary>
/// The thresholds that follow how common a theme is (<see cref="FewShotCuts"/>), on scores drawn so the truth is known:
/// the same ten examples, the theme 5% or 30% of the unlabelled rows. A cut that ignored the rows would take about as
/// many in both.
/// </summary>
public sealed class FewShotCutsTests
{
    [Theory]
    [InlineData(50)]
    [InlineData(300)]
    public void Mixture_ThemeAsCommonAsDrawn_TakesAboutThatMany(int theme)
    {
        var random = new Random(3);
        var (scores, truth) = Pool(random, theme, () => Normal(random, 0, 1), () => Normal(random, 3.5, 0.7));
        var examples = Enumerable.Range(0, 10).Select(_ => Normal(random, 3.5, 0.7)).ToList();

        var cut = FewShotCuts.Mixture(scores, examples, anchor: 3);

        var taken = scores.Count(s => s >= cut);
        Assert.InRange(taken, 0.8 * theme, 1.25 * theme);
        Assert.True(F1(scores, truth, cut) >= 0.85, $"F1 {F1(scores, truth, cut):0.00} at cut {cut:0.00}");
    }

    [Theory]
    [InlineData(50)]
    [InlineData(300)]
    public void Recall_ThemeRankedFirst_TakesAboutAsManyAsItHas(int theme)
    {
        var random = new Random(5);
        var (scores, _) = Pool(random, theme, () => -3 + 5 * random.NextDouble(), () => 2 + 3 * random.NextDouble());
        var examples = Enumerable.Range(0, 10).Select(_ => 2 + 3 * random.NextDouble()).ToList();

        var cut = FewShotCuts.Recall(scores, examples, from: 0.5);

        // A perfect ranking: every row above the cut is the theme, and the cut finds most of it.
        Assert.InRange(scores.Count(s => s >= cut), 0.6 * theme, theme);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(300)]
    public void ExpectedF1_ThemeAsCommonAsDrawn_TakesAboutThatMany(int theme)
    {
        var random = new Random(7);
        var (scores, truth) = Pool(random, theme, () => Normal(random, 0, 1), () => Normal(random, 3.5, 0.7));
        var examples = Enumerable.Range(0, 10).Select(_ => Normal(random, 3.5, 0.7)).ToList();

        var cut = FewShotCuts.ExpectedF1(scores, examples);

        var taken = scores.Count(s => s >= cut);
        Assert.InRange(taken, 0.8 * theme, 1.25 * theme);
        Assert.True(F1(scores, truth, cut) >= 0.85, $"F1 {F1(scores, truth, cut):0.00} at cut {cut:0.00}");
    }

    [Fact]
    public void Score_EnsembleCut_IsTheMedianOfTheFourCuts()
    {
        var random = new Random(11);
        float[] Vector(double shift) => Enumerable.Range(0, 16).Select(d => (float)(Normal(random, 0, 1) + (d == 0 ? shift : 0))).ToArray();
        var examples = Enumerable.Range(0, 10).Select(_ => Vector(3)).ToList();
        var others = Enumerable.Range(0, 400).Select(i => Vector(i < 40 ? 3 : 0)).ToList();
        var ensemble = new FewShotSettings { Cut = FewShotCut.Ensemble, MixtureAnchor = 30, RecallFrom = 0.5f, Rounds = 0, WordsWeight = 0 };
        double CutBy(FewShotCut rule) => FewShotThemes.Score("Theme", 0, examples, others, null, ensemble with { Cut = rule }).Cut;

        var cuts = new[] { FewShotCut.Position, FewShotCut.Mixture, FewShotCut.Recall, FewShotCut.ExpectedF1 }.Select(CutBy).Order().ToArray();
        var median = FewShotThemes.Score("Theme", 0, examples, others, null, ensemble).Cut;

        Assert.True(cuts[0] < cuts[3], "the four rules should not agree, or the median tells nothing");
        Assert.Equal((cuts[1] + cuts[2]) / 2, median, 9);
    }

    [Fact]
    public void ThemeRows_ThemeAsCommonAsDrawn_FollowsHowCommonItIs()
    {
        // Ten examples' mean and spread are noisy, so the median of 21 draws is checked. The smallest of many noisy
        // bounds reads low where few rows score that high: about 30 for a theme of 50 here.
        var random = new Random(13);
        double Median(int theme)
        {
            var (scores, _) = Pool(random, theme, () => Normal(random, 0, 1), () => Normal(random, 3.5, 0.7));
            return Enumerable.Range(0, 21)
                .Select(_ => FewShotCuts.ThemeRows(scores, Enumerable.Range(0, 10).Select(_ => Normal(random, 3.5, 0.7)).ToList()))
                .Order().ElementAt(10);
        }

        double few = Median(50), many = Median(300);

        Assert.InRange(few, 25, 75);
        Assert.InRange(many, 200, 400);
        Assert.True(many > 4 * few, $"{few:0} rows estimated of 50, {many:0} of 300");
    }

    [Fact]
    public void ThemeRows_OtherRowsScoringAsHigh_CountsThemToo()
    {
        // The bound's weakness on the labelled file: rows about something else that score like the theme are counted.
        var random = new Random(17);
        var (scores, _) = Pool(random, 100, () => random.NextDouble() < 0.1 ? Normal(random, 3.5, 0.7) : Normal(random, 0, 1), () => Normal(random, 3.5, 0.7));
        var examples = Enumerable.Range(0, 10).Select(_ => Normal(random, 3.5, 0.7)).ToList();

        Assert.True(FewShotCuts.ThemeRows(scores, examples) > 150);
    }

    [Fact]
    public void AtCount_TakesThatManyRows()
    {
        double[] scores = [0.5, 3, 1, 2, -1];

        Assert.Equal(2, FewShotCuts.AtCount(scores, 2));
        Assert.Equal(3, FewShotCuts.AtCount(scores, 0));
        Assert.Equal(-1, FewShotCuts.AtCount(scores, 9));
    }

    [Fact]
    public void Score_ShareCut_FollowsHowCommonTheThemeIs()
    {
        var random = new Random(19);
        float[] Vector(double shift) => Enumerable.Range(0, 32).Select(d => (float)(Normal(random, 0, 1) + (d == 0 ? shift : 0))).ToArray();
        var examples = Enumerable.Range(0, 10).Select(_ => Vector(4)).ToList();
        var share = new FewShotSettings { Cut = FewShotCut.Share, WordsWeight = 0 };
        int Taken(int theme)
        {
            var others = Enumerable.Range(0, 1000).Select(i => Vector(i < theme ? 4 : 0)).ToList();
            var fit = FewShotThemes.Score("Theme", 0, examples, others, null, share);
            return fit.Unlabelled.Count(s => s >= fit.Cut);
        }

        int few = Taken(40), many = Taken(160);

        Assert.InRange(few, 24, 80);
        Assert.InRange(many, 96, 320);
        Assert.True(many > 2.5 * few, $"{few} rows taken of 40, {many} of 160");
    }

    [Fact]
    public void Score_HonestScores_ExamplesNoLongerAboveTheThemesOtherRows()
    {
        // Pseudo-examples chosen with an example in the prototype lift that example's leave-one-out score; chosen without
        // it, the examples score like the theme's other rows.
        var random = new Random(23);
        float[] Vector(double shift) => Enumerable.Range(0, 64).Select(d => (float)(Normal(random, 0, 1) + (d < 4 ? shift : 0))).ToArray();
        var examples = Enumerable.Range(0, 5).Select(_ => Vector(1)).ToList();
        var others = Enumerable.Range(0, 1000).Select(i => Vector(i < 100 ? 1 : 0)).ToList();

        var fit = FewShotThemes.Score("Theme", 0, examples, others, null, new FewShotSettings { WordsWeight = 0 }, keepHonest: true);

        var themeRows = fit.HonestUnlabelled!.Take(100).Average();
        var leaky = fit.Examples.Average() - themeRows;
        var honest = fit.HonestExamples!.Average() - themeRows;
        Assert.True(leaky > 0.3, $"leave-one-out {leaky:0.00} spreads above the theme's other rows");
        Assert.True(Math.Abs(honest) < leaky / 2, $"honest {honest:0.00}, leave-one-out {leaky:0.00}");
    }

    [Fact]
    public void Recall_NoExamplesOrNoRows_IsNaN()
    {
        Assert.True(double.IsNaN(FewShotCuts.Recall([1, 2, 3], [], 0.5)));
        Assert.True(double.IsNaN(FewShotCuts.Recall([], [1, 2], 0.5)));
        Assert.True(double.IsNaN(FewShotCuts.Mixture([1, 2, 3], [2], 3)));
        Assert.True(double.IsNaN(FewShotCuts.ExpectedF1([1, 2, 3], [2])));
        Assert.True(double.IsNaN(FewShotCuts.ExpectedF1([], [1, 2])));
        Assert.True(double.IsNaN(FewShotCuts.ThemeRows([1, 2, 3], [2])));
        Assert.True(double.IsNaN(FewShotCuts.ThemeRows([], [1, 2])));
    }

    /// <summary>1,000 rows, <paramref name="theme"/> of them the theme's, in a shuffled order.</summary>
    private static (List<double> Scores, List<bool> Truth) Pool(Random random, int theme, Func<double> other, Func<double> inTheme)
    {
        var rows = Enumerable.Range(0, 1000).Select(i => i < theme ? (inTheme(), true) : (other(), false)).OrderBy(_ => random.Next()).ToList();
        return (rows.Select(r => r.Item1).ToList(), rows.Select(r => r.Item2).ToList());
    }

    private static double Normal(Random random, double mean, double sd) =>
        mean + sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double F1(List<double> scores, List<bool> truth, double cut)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i] >= cut && truth[i]) tp++;
            else if (scores[i] >= cut) fp++;
            else if (truth[i]) fn++;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
