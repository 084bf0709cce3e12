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
    /// <summary>1 very positive … 5 very negative; null until classified.</summary>
    public short? Sentiment { get; init; }
    public string[] Themes { get; init; } = [];
    public string[] ServiceAreas { get; init; } = [];
    /// <summary>Names of the co-production projects the item is linked to (empty until the projects work adds links).</summary>
    public string[] Projects { get; init; } = [];
}
