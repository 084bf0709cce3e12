using VoiceHub.Analysis.Emerging.Evaluation;
using Reach = VoiceHub.Analysis.Emerging.Evaluation.FalseAlarmCurve.Reach;

namespace VoiceHub.Analysis.Tests.Emerging;

public sealed class FalseAlarmCurveTests
{
    [Fact]
    public void Interpolate_BetweenSettings_IsLinearInFalseAlarms()
    {
        // Unsorted on purpose: the curve orders its settings by false alarms.
        (double, double)[] points = [(0.8, 0.20), (0.4, 0.10), (2.0, 0.50)];
        var middle = FalseAlarmCurve.Interpolate(points, 0.6);
        Assert.Equal(0.15, middle.Recall, 9);
        Assert.Equal(Reach.Within, middle.Reach);
        Assert.Equal(0.30, FalseAlarmCurve.Interpolate(points, 1.2).Recall, 9);   // a third of the way from 0.8 to 2.0
        Assert.Equal(0.20, FalseAlarmCurve.Interpolate(points, 0.8).Recall, 9);   // on a setting: its own recall
        Assert.Equal(0.50, FalseAlarmCurve.Interpolate(points, 2.0).Recall, 9);
    }

    [Fact]
    public void Interpolate_OutsideTheSettings_SaysSo()
    {
        (double, double)[] points = [(0.4, 0.10), (0.8, 0.20)];
        Assert.Equal(new FalseAlarmCurve.Reading(0.10, Reach.BelowLowest), FalseAlarmCurve.Interpolate(points, 0.2));
        Assert.Equal(new FalseAlarmCurve.Reading(0.20, Reach.AboveHighest), FalseAlarmCurve.Interpolate(points, 1.0));
    }

    [Fact]
    public void Interpolate_SameFalseAlarmsTwice_TakesTheBetterRecall()
    {
        (double, double)[] points = [(0.5, 0.10), (0.5, 0.30), (1.5, 0.50)];
        Assert.Equal(0.30, FalseAlarmCurve.Interpolate(points, 0.5).Recall, 9);
        Assert.Equal(0.40, FalseAlarmCurve.Interpolate(points, 1.0).Recall, 9);
    }

    [Fact]
    public void RecallAt_ReadsEachSizeOffTheFiguresOfEachSetting()
    {
        static EvaluationFigures Figures(double falseAlarms, double half, double twice) => new()
        {
            FalseAlarmsPer100SeriesWeeks = falseAlarms,
            BySize = new Dictionary<string, EvaluationFigures.SizeFigures>
            {
                ["+50%"] = new(10, half, half, 0, new(0, 0, 0)),
                ["+200%"] = new(10, twice, twice, 0, new(0, 0, 0)),
            },
        };
        var curve = FalseAlarmCurve.From([(0.01, Figures(1.0, 0.2, 0.6)), (0.001, Figures(0.25, 0.0, 0.3))]);
        Assert.Equal([0.001, 0.01], curve.Points.Select(p => p.Setting));
        Assert.Equal(0.1, curve.RecallAt("+50%", 0.625).Recall, 9);
        Assert.Equal(0.45, curve.RecallAt("+200%", 0.625).Recall, 9);
    }
}
