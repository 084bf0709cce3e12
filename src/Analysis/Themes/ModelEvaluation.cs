using System.Text.Json;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// A stored model's figures, kept as JSON with the model: out of fold on the seed rows (<see cref="OutOfFold"/>, since
/// stop 22), or, for a model trained before, on the fixed 20% validation split it did not learn from.
/// </summary>
public sealed record ModelEvaluation(
    double MicroF1,
    double MacroF1,
    double ExactMatch,
    IReadOnlyList<LabelFigures> PerLabel,
    SentimentFigures? Sentiment,
    IReadOnlyList<TrainerTrial> Trials,
    int StaffExamples,
    double TrainSeconds)
{
    /// <summary>
    /// True: each seed row was scored by fold models that never saw it, and the stored model learned from every row, so
    /// there are no sentiment figures (the sentiment model is not cross-validated). False: an older model's held-out figures.
    /// </summary>
    public bool OutOfFold { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <returns>The figures, or null for a model with none (still training, failed, skipped).</returns>
    public static ModelEvaluation? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json == "{}") return null;
        return JsonSerializer.Deserialize<ModelEvaluation>(json, Json);
    }
}
