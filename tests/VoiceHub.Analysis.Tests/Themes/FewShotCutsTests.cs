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

    [Fact]
    public void Recall_NoExamplesOrNoRows_IsNaN()
    {
        Assert.True(double.IsNaN(FewShotCuts.Recall([1, 2, 3], [], 0.5)));
        Assert.True(double.IsNaN(FewShotCuts.Recall([], [1, 2], 0.5)));
        Assert.True(double.IsNaN(FewShotCuts.Mixture([1, 2, 3], [2], 3)));
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
