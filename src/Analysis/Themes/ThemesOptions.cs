namespace VoiceHub.Analysis.Themes;

/// <summary>The <c>VoiceHub:Themes</c> settings.</summary>
public sealed class ThemesOptions
{
    public const string Section = "VoiceHub:Themes";

    /// <summary>The labelled CSV the hub's models learn from, with staff corrections. Default: <c>{Seeds}/data/patient-feedback-labelled.csv</c>.</summary>
    public string? TrainingData { get; set; }

    /// <summary>Items per classification batch (and per re-classification job).</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>Trainers to compare (codes: sdca, lbfgs, perceptron, svm). Default: the trainer's own default list.</summary>
    public string[]? Trainers { get; set; }

    /// <summary>Folds for choosing thresholds and the trainer on out-of-fold scores.</summary>
    public int Folds { get; set; } = 5;

    /// <summary>Train a first model in the background when the hub starts with none. On by default.</summary>
    public bool TrainOnFirstStart { get; set; } = true;
}
