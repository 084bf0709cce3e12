using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class TuneThresholdTests
{
    private static float[][] Column(params float[] scores) => scores.Select(s => new[] { s }).ToArray();

    [Fact]
    public void TuneThreshold_CommonTheme_CutsInTheMiddleOfTheNearBestCuts()
    {
        // 10 positives on top, then nothing but negatives. Taking 9, 10, 11 or 12 rows gives F1 0.947, 1, 0.952 and
        // 0.909, all within 10% of the best (8 rows: 0.889, 13 rows: 0.870 are not); the middle of the four takes 11.
        var scores = Column([.. Enumerable.Range(0, 30).Select(i => 10f - i)]);
        var truth = Enumerable.Range(0, 30).Select(i => i < 10).ToArray();

        var threshold = ThemeTrainer.TuneThreshold(scores, 0, truth);

        Assert.Equal(-0.5f, threshold); // halfway between the 11th score (0) and the 12th (−1)
    }

    [Fact]
    public void TuneThreshold_NoOtherCutNearTheBest_TakesTheBest()
    {
        // 2 positives on top: taking 2 rows gives F1 1; 1 row 0.667 and 3 rows 0.8 are more than 10% below it.
        var scores = Column([.. Enumerable.Range(0, 20).Select(i => 20f - i)]);
        var truth = Enumerable.Range(0, 20).Select(i => i < 2).ToArray();

        var threshold = ThemeTrainer.TuneThreshold(scores, 0, truth);

        Assert.Equal(18.5f, threshold); // between the 2nd score (19) and the 3rd (18)
    }

    [Fact]
    public void TuneThreshold_RareTheme_TakesAtMostOneAndAHalfTimesItsPositives()
    {
        // 3 positives: the 1st, 6th and 7th rows. Taking 7 rows would give the best F1 on these rows (0.6, against 0.5
        // for the top row alone), but a rare theme may take at most 4 rows, so the cut stays after the first.
        var scores = Column([.. Enumerable.Range(0, 20).Select(i => 20f - i)]);
        var truth = Enumerable.Range(0, 20).Select(i => i is 0 or 5 or 6).ToArray();

        var threshold = ThemeTrainer.TuneThreshold(scores, 0, truth);

        Assert.Equal(19.5f, threshold);
    }

    [Fact]
    public void TuneThreshold_TwentyPositives_IsCappedLikeARareTheme()
    {
        // 20 positives: rows 0–4, then 20 negatives, then rows 25–39. Uncapped, the best F1 takes 40 rows (0.667) and the
        // middle of the near-best cuts 42; under 30 positives a theme may take at most 30 rows.
        var scores = Column([.. Enumerable.Range(0, 60).Select(i => 60f - i)]);
        var truth = Enumerable.Range(0, 60).Select(i => i < 5 || i is >= 25 and < 40).ToArray();

        var threshold = ThemeTrainer.TuneThreshold(scores, 0, truth);

        var taken = scores.Count(s => s[0] >= threshold);
        Assert.InRange(taken, 1, 30);
    }
}
