using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>The few-shot route is kept for a theme only where, out of fold, it does at least as well as the words-and-meaning model.</summary>
public sealed class FewShotGateTests
{
    private static readonly string[] Labels = ["A", "Other"];

    /// <summary>200 rows of 8-dimension vectors, 15 of them theme A; A's rows point one way when <paramref name="clustered"/>.</summary>
    private static List<LabelledRow> Rows(bool clustered) => Rows(clustered ? 6 : float.NaN);

    /// <summary>As above, A's rows <paramref name="shift"/> out along the first dimension (NaN: like any other row).</summary>
    private static List<LabelledRow> Rows(float shift)
    {
        var random = new Random(3);
        return Enumerable.Range(0, 200).Select(r =>
        {
            var theme = r % 13 == 0 && r < 195;
            var v = Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            if (theme && !float.IsNaN(shift)) v[0] = shift + (float)random.NextDouble();
            return new LabelledRow($"r{r}", $"row {r}", theme ? ["A"] : ["Other"]) { Embedding = v };
        }).ToList();
    }

    private static (FewShotManifest? Kept, int Candidates) Gate(List<LabelledRow> rows, Func<LabelledRow, float> modelScore,
        IReadOnlySet<string>? partlyLabelled = null, int folds = 5, float threshold = 0)
    {
        var options = new TrainingOptions { PartlyLabelled = partlyLabelled };
        var fewShot = FewShotThemes.Fit(Labels, rows, null, options.FewShot);
        var fold = rows.Select((_, r) => r % folds).ToArray();
        var scores = rows.Select(r => new[] { modelScore(r), 1f }).ToArray();
        return (FewShotGate.Keep(fewShot, Labels, rows, fold, scores, [threshold, 0f], options), fewShot?.Themes.Count ?? 0);
    }

    [Fact]
    public void Keep_RouteFindsTheThemeAndTheModelDoesNot_KeepsTheRoute()
    {
        var rows = Rows(clustered: true);

        var (kept, candidates) = Gate(rows, _ => -1);

        Assert.Equal(1, candidates);
        Assert.Equal("A", Assert.Single(kept!.Themes).Label);
    }

    [Fact]
    public void Keep_ModelFindsTheThemeAndTheRouteCannot_DropsTheRoute()
    {
        // A's rows are like any other: the prototype cannot find them; the model's scores are right on every row.
        var rows = Rows(clustered: false);

        var (kept, candidates) = Gate(rows, r => r.Labels.Contains("A") ? 1 : -1);

        Assert.Equal(1, candidates);
        Assert.Null(kept);
    }

    [Fact]
    public void Keep_ThemeTaughtAmongUnjudgedRows_KeepsTheRouteUnjudged()
    {
        // The same rows as above, where the gate drops the route; but A was taught by staff among rows never judged for it.
        var rows = Rows(clustered: false);

        var (kept, _) = Gate(rows, r => r.Labels.Contains("A") ? 1 : -1, new HashSet<string> { "A" });

        Assert.Equal("A", Assert.Single(kept!.Themes).Label);
    }

    [Fact]
    public void Keep_ModelWinsOnlyAtThresholdsTunedOnTheJudgedRows_KeepsTheRoute()
    {
        // The route finds most of A's rows, not all. The model's scores sit on another scale in each fold: in fold 0 A's
        // rows score 1 and the others 0; in fold 1, 3 and 0.95. One cut at 0.975 tuned on both folds is perfect, but a
        // cut tuned on one fold misses A in the other (from fold 1: 1.975) or takes every row there (from fold 0: 0.5).
        var rows = Rows(shift: 1.2f);
        float Score(LabelledRow r)
        {
            var fold = int.Parse(r.Id[1..], System.Globalization.CultureInfo.InvariantCulture) % 2;
            var a = r.Labels.Contains("A");
            return fold == 0 ? (a ? 1f : 0f) : (a ? 3f : 0.95f);
        }

        var (kept, candidates) = Gate(rows, Score, folds: 2, threshold: 0.975f);

        Assert.Equal(1, candidates);
        Assert.Equal("A", Assert.Single(kept!.Themes).Label);
    }
}
