namespace VoiceHub.Analysis.Training;

/// <summary>How to train: which trainers to compare, the validation share, the seed and how many threads.</summary>
public sealed record TrainingOptions
{
    /// <summary>
    /// The default comparison: three linear trainers that suit sparse text features. SDCA and LightGBM did worse on
    /// the seed data's validation folds (see bench/README.md) and are left to ask for.
    /// </summary>
    public static readonly IReadOnlyList<TrainerKind> DefaultTrainers = [TrainerKind.LbfgsLogistic, TrainerKind.LinearSvm, TrainerKind.AveragedPerceptron];

    public IReadOnlyList<TrainerKind> Trainers { get; init; } = DefaultTrainers;

    /// <summary>
    /// Thresholds, the floor and the trainer are chosen on out-of-fold scores of the training rows, split into this many
    /// folds (validation splits of the training data, never the test set).
    /// </summary>
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 1;

    public int Threads { get; init; } = Environment.ProcessorCount;

    public bool Sentiment { get; init; } = true;
}
