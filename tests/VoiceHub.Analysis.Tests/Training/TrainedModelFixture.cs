using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Tests.Training;

/// <summary>One model trained on a modest slice of the seed data (about 870 rows), shared by a test class; tested on other rows.</summary>
public sealed class TrainedModelFixture
{
    public TrainedModelFixture()
    {
        var (rest, train) = StratifiedSplit.Split(SeedData.Rows, 0.2, 11);
        Train = train;
        Test = StratifiedSplit.Split(rest, 0.12, 12).HeldOut;
        Result = ThemeTrainer.Train(Train, null, new TrainingOptions { Trainers = [TrainerKind.LbfgsLogistic, TrainerKind.AveragedPerceptron], Folds = 3 });
    }

    public IReadOnlyList<LabelledRow> Train { get; }
    public IReadOnlyList<LabelledRow> Test { get; }
    public TrainingResult Result { get; }
}
