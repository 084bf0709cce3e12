using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>The few-shot route is kept for a theme only where, out of fold, it does at least as well as the words-and-meaning model.</summary>
public sealed class FewShotGateTests
{
    private static readonly string[] Labels = ["A", "Other"];

    /// <summary>200 rows of 8-dimension vectors, 15 of them theme A; A's rows point one way when <paramref name="clustered"/>.</summary>
    private static List<LabelledRow> Rows(bool clustered)
    {
        var random = new Random(3);
        return Enumerable.Range(0, 200).Select(r =>
        {
            var theme = r % 13 == 0 && r < 195;
            var v = Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            if (theme && clustered) v[0] = 6 + (float)random.NextDouble();
            return new LabelledRow($"r{r}", $"row {r}", theme ? ["A"] : ["Other"]) { Embedding = v };
        }).ToList();
    }

    private static (FewShotManifest? Kept, int Candidates) Gate(List<LabelledRow> rows, Func<LabelledRow, float> modelScore,
        IReadOnlySet<string>? partlyLabelled = null)
    {
        var options = new TrainingOptions { PartlyLabelled = partlyLabelled };
        var fewShot = FewShotThemes.Fit(Labels, rows, null, options.FewShot);
        var folds = rows.Select((_, r) => r % 5).ToArray();
        var scores = rows.Select(r => new[] { modelScore(r), 1f }).ToArray();
        return (FewShotGate.Keep(fewShot, Labels, rows, folds, scores, [0f, 0f], options), fewShot?.Themes.Count ?? 0);
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
}
