namespace VoiceHub.Core.Model;

/// <summary>
/// A staff-corrected item as training data: its redacted text, its context (the question it answers), the themes staff
/// gave it, and the sentiment staff set, if any.
/// </summary>
public sealed record TrainingExample
{
    public long ItemId { get; init; }
    public string RedactedText { get; init; } = "";
    public string? Context { get; init; }
    public string[] Themes { get; init; } = [];
    public int? Sentiment { get; init; }
}
