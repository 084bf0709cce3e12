using System.Text.Json;
using VoiceHub.Analysis.Sentiment;
using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Themes;

/// <summary>A stored model's figures on the fixed validation split, kept as JSON with the model.</summary>
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <returns>The figures, or null for a model with none (still training, failed, skipped).</returns>
    public static ModelEvaluation? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json) || json == "{}") return null;
        return JsonSerializer.Deserialize<ModelEvaluation>(json, Json);
    }
}
