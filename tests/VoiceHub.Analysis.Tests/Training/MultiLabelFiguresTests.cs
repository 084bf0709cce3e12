using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

public sealed class MultiLabelFiguresTests
{
    [Fact]
    public void Compute_WorkedExample_MatchesTheDocumentedFigures()
    {
        IReadOnlyCollection<string>[] truth = [["A"], ["A", "B"]];
        IReadOnlyCollection<string>[] predicted = [["A"], ["A"]];

        var f = MultiLabelFigures.Compute(truth, predicted);

        Assert.Equal(0.8, f.MicroF1, 6);
        Assert.Equal(0.5, f.MacroF1, 6);
        Assert.Equal(0.5, f.ExactMatch, 6);
        var b = Assert.Single(f.PerLabel, l => l.Label == "B");
        Assert.Equal((0, 0, 0, 1), (b.Precision, b.Recall, b.F1, b.Support));
    }

    [Fact]
    public void Compute_LabelOnlyPredicted_CountsInMicroButNotInMacro()
    {
        IReadOnlyCollection<string>[] truth = [["A"]];
        IReadOnlyCollection<string>[] predicted = [["A", "C"]];

        var f = MultiLabelFigures.Compute(truth, predicted);

        Assert.Equal(1.0, f.MacroF1, 6); // macro is over labels present in the truth: A only
        Assert.Equal(2.0 / 3, f.MicroF1, 6);
        Assert.Equal(1.0, f.Without("C").MicroF1, 6);
    }
}
