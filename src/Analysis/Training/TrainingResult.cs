using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Themes;

namespace VoiceHub.Analysis.Training;

/// <summary>
/// A trained model with its figures and the trainer comparison that chose it. <see cref="Validation"/> is the model's
/// figures on held-out rows when there were any, else its out-of-fold figures over <see cref="ValidationRows"/> rows.
/// </summary>
public sealed record TrainingResult(
    ThemeModel Model,
    MultiLabelFigures Validation,
    SentimentFigures? SentimentValidation,
    IReadOnlyList<TrainerTrial> Trials,
    int TrainingRows,
    int ValidationRows,
    double Seconds);
