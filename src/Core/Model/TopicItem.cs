namespace VoiceHub.Core.Model;

/// <summary>
/// An item as new-topic detection reads it: its redacted text, its embedding, where and when it was said, and the
/// themes it carries. Never the raw text.
/// </summary>
public sealed record TopicItem
{
    public long Id { get; init; }
    public long DocumentId { get; init; }
    public required string Channel { get; init; }
    public required string Reference { get; init; }
    public string? LocalityName { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public DateOnly WeekStart { get; init; }
    public required string RedactedText { get; init; }
    public required float[] Vector { get; init; }
    public int[] ThemeIds { get; init; } = [];
}
