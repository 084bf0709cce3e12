namespace VoiceHub.Analysis.Training;

/// <summary>
/// The ML.NET binary trainers compared for each theme, all on the same features. All are linear, so a theme's models
/// can be averaged into one weight vector (<see cref="Themes.ThemeWeights"/>).
/// </summary>
public enum TrainerKind
{
    SdcaLogistic,
    LbfgsLogistic,
    AveragedPerceptron,
    LinearSvm,
}

public static class TrainerKinds
{
    /// <summary>The command-line and stored name: <c>sdca</c>, <c>lbfgs</c>, <c>perceptron</c>, <c>svm</c>.</summary>
    public static string Code(this TrainerKind kind) => kind switch
    {
        TrainerKind.SdcaLogistic => "sdca",
        TrainerKind.LbfgsLogistic => "lbfgs",
        TrainerKind.AveragedPerceptron => "perceptron",
        TrainerKind.LinearSvm => "svm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string DisplayName(this TrainerKind kind) => kind switch
    {
        TrainerKind.SdcaLogistic => "SDCA logistic regression",
        TrainerKind.LbfgsLogistic => "L-BFGS logistic regression",
        TrainerKind.AveragedPerceptron => "Averaged perceptron",
        TrainerKind.LinearSvm => "Linear SVM",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? code, out TrainerKind kind)
    {
        foreach (var k in Enum.GetValues<TrainerKind>())
        {
            if (string.Equals(k.Code(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
