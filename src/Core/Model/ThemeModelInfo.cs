namespace VoiceHub.Core.Model;

/// <summary>A stored theme model, without its bytes. Status: training, trained, failed or skipped.</summary>
public sealed record ThemeModelInfo
{
    public long Id { get; init; }
    public required string Version { get; init; }
    public required string Status { get; init; }
    public required string Reason { get; init; }
    public long? RequestedBy { get; init; }
    public string? Trainer { get; init; }
    public string? TrainingHash { get; init; }
    public int? TrainingRows { get; init; }
    public int? ValidationRows { get; init; }
    /// <summary>JSON: figures on the fixed validation split (see Analysis' ModelEvaluation).</summary>
    public string Evaluation { get; init; } = "{}";
    public bool Active { get; init; }
    public string? Decision { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public DateTimeOffset? ActivatedAt { get; init; }
}
