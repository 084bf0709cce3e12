using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class TuneThresholdTests
{
    private static float[][] Column(params float[] scores) => scores.Select(s => new[] { s }).ToArray();

    [Fact]
    public void TuneThreshold_CommonTheme_CutsWhereF1IsBest()
    {
        // 10 positives on top, then 5 negatives, then nothing but negatives: the best cut takes exactly the 10.
        var scores = Column([.. Enumerable.Range(0, 30).Select(i => 10f - i)]);
        var truth = Enumerable.Range(0, 30).Select(i => i < 10).ToArray();

        var threshold = ThemeTrainer.TuneThreshold(scores, 0, truth);

        Assert.Equal(0.5f, threshold); // halfway between the 10th score (1) and the 11th (0)
    }

    [Fact]
    public void TuneThreshold_RareTheme_TakesAtMostTwiceItsPositives()
    {
        // 3 positives: the 1st, 6th and 7th rows. Taking 7 rows would give the best F1 on these rows (0.6, against 0.5
        // for the top row alone), but a rare theme may take at most 6 rows, so the cut stays after the first.
        var scores = Column([.. Enumerable.Range(0, 20).Select(i => 20f - i)]);
        var truth = Enumerable.Range(0, 20).Select(i => i is 0 or 5 or 6).ToArray();

        var threshold = ThemeTrainer.TuneThreshold(scores, 0, truth);

        Assert.Equal(19.5f, threshold);
    }
}
