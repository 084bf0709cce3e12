namespace VoiceHub.Core.Model;

/// <summary>An item found by its reference for erasure on request: where it came from, never what it says.</summary>
public sealed record ErasureCandidate
{
    public long ItemId { get; init; }
    public required string Reference { get; init; }
    public required string Channel { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public string? LocalityName { get; init; }
    public long DocumentId { get; init; }
    public required string DocumentFileName { get; init; }
    public long ItemsInDocument { get; init; }
    public bool HasContact { get; init; }
}
