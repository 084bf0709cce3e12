using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>A trained model with its figures on the validation rows and the trainer comparison that chose it.</summary>
public sealed record TrainingResult(
    ThemeModel Model,
    MultiLabelFigures Validation,
    SentimentFigures? SentimentValidation,
    IReadOnlyList<TrainerTrial> Trials,
    int TrainingRows,
    int ValidationRows,
    double Seconds);
