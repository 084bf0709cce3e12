using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Themes;

/// <summary>
/// The cut learned across themes (<see cref="FewShotCutModel"/>): least squares recovers a rule the cases follow; the
/// best cut sits between the theme and the rest; training learns it from the well-labelled themes and applies it to a
/// new theme of five examples among drawn clusters (on these clusters it takes fewer of the theme's rows than the
/// position rule: F1 0.71 against 0.81, so the test asserts only that it is used and finds most of them), and keeps
/// the position rule when no theme has enough rows to teach it.
/// </summary>
public sealed class FewShotCutModelTests
{
    [Fact]
    public void Learn_CasesFollowingALinearRule_PredictsThatRule()
    {
        var random = new Random(11);
        double Rule(double[] x) => 0.4 + 0.7 * x[1] - 0.3 * x[3] + 0.5 * x[6];
        var cases = Enumerable.Range(0, 60).Select(_ =>
        {
            var (examples, unlabelled) = Draw(random);
            var x = FewShotCutModel.Features(examples, unlabelled);
            return new FewShotCutCase("theme", examples.Count, x, Rule(x));
        }).ToList();

        var model = FewShotCutModel.Learn(cases);

        var (newExamples, newRows) = Draw(random);
        Assert.NotNull(model);
        Assert.Equal(Rule(FewShotCutModel.Features(newExamples, newRows)), model.Cut(newExamples, newRows), 1);
    }

    [Fact]
    public void Learn_TooFewCases_IsNull()
    {
        var (examples, unlabelled) = Draw(new Random(2));
        var x = FewShotCutModel.Features(examples, unlabelled);
        Assert.Null(FewShotCutModel.Learn([new FewShotCutCase("theme", examples.Count, x, 1)]));
    }

    [Fact]
    public void BestCut_ThemeRankedFirst_CutsBetweenItAndTheRest()
    {
        Assert.Equal(0.5, FewShotCutModel.BestCut([3, -1, 2.5, -2, 2], [true, false, true, false, true]), 6);
    }

    [Fact]
    public void Fit_LearnedCut_IsLearnedFromTheOtherThemesAndFindsTheNewOne()
    {
        var random = new Random(7);
        const int dimensions = 12;
        var rows = new List<LabelledRow>();
        // Eight well-labelled themes of 40 rows each, and 60 rows of a new theme, 5 of them its confirmed examples.
        for (var theme = 0; theme < 8; theme++)
            for (var i = 0; i < 40; i++) rows.Add(Row($"t{theme}-{i}", $"theme {theme}", Cluster(random, theme, dimensions)));
        for (var i = 0; i < 60; i++) rows.Add(Row($"new-{i}", i < 5 ? "new" : null, Cluster(random, 9, dimensions)));
        var settings = FewShotSettings.Default with { Cut = FewShotCut.Learned, WordsWeight = 0 };
        var labels = Enumerable.Range(0, 8).Select(t => $"theme {t}").Append("new").ToList();

        var learned = FewShotThemes.Fit(labels, rows, null, settings)!;
        var position = FewShotThemes.Fit(labels, rows, null, settings with { Cut = FewShotCut.Position })!;

        var scorer = Assert.Single(learned.Themes);
        Assert.Equal("new", scorer.Label);
        Assert.NotEqual(position.Themes[0].Threshold, scorer.Threshold);
        var taken = rows.Where(r => scorer.Margin(learned.Transform(r.Embedding!)) >= 0).ToList();
        var found = taken.Count(r => r.Id.StartsWith("new-", StringComparison.Ordinal));
        var f1 = 2.0 * found / (taken.Count + 60);
        Assert.True(f1 >= 0.65, $"F1 {f1:0.00}: took {found} of the new theme's 60 rows and {taken.Count - found} others");
    }

    [Fact]
    public void Fit_LearnedCutWithoutWellLabelledThemes_KeepsThePositionRule()
    {
        var random = new Random(5);
        var rows = Enumerable.Range(0, 200).Select(i => Row($"r{i}", i < 6 ? "new" : null, Cluster(random, i < 40 ? 2 : 0, 8))).ToList();
        var settings = FewShotSettings.Default with { Cut = FewShotCut.Learned, WordsWeight = 0 };

        var learned = FewShotThemes.Fit(["new"], rows, null, settings)!;
        var position = FewShotThemes.Fit(["new"], rows, null, settings with { Cut = FewShotCut.Position })!;

        Assert.Equal(position.Themes[0].Threshold, learned.Themes[0].Threshold);
    }

    private static LabelledRow Row(string id, string? label, float[] embedding) =>
        new(id, id, label is null ? [] : [label]) { Embedding = embedding };

    /// <summary>A point near the theme's own axis (3 along it) with unit noise in every direction.</summary>
    private static float[] Cluster(Random random, int theme, int dimensions) =>
        Enumerable.Range(0, dimensions).Select(d => (float)((d == theme ? 3 : 0) + Normal(random))).ToArray();

    /// <summary>Ten examples' scores and 500 unlabelled rows' scores of a drawn spread and theme share.</summary>
    private static (List<double> Examples, List<double> Unlabelled) Draw(Random random)
    {
        var centre = 1.5 + 2 * random.NextDouble();
        var share = 0.01 + 0.2 * random.NextDouble();
        var examples = Enumerable.Range(0, 10).Select(_ => centre + 0.8 * Normal(random)).ToList();
        var unlabelled = Enumerable.Range(0, 500).Select(_ => random.NextDouble() < share ? centre + 0.8 * Normal(random) : Normal(random)).ToList();
        return (examples, unlabelled);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
