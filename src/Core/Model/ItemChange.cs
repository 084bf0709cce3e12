namespace VoiceHub.Core.Model;

/// <summary>One step of the items' change feed: an item as it now is, or (when <see cref="Deleted"/>) its removal.</summary>
public sealed record ItemChange
{
    public long ChangeSeq { get; init; }
    public long Id { get; init; }
    public bool Deleted { get; init; }
    public string? Reference { get; init; }
    public string? RedactedText { get; init; }
    public string? Context { get; init; }
    public string? Channel { get; init; }
    public string? Locality { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public DateTimeOffset? ReceivedAt { get; init; }
    public long? DocumentId { get; init; }
    public string[] Themes { get; init; } = [];
}
