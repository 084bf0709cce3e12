namespace VoiceHub.Core.Model;

/// <summary>A feedback item linked to a project or action: the redacted text only, and who linked it when.</summary>
public sealed record LinkedItem
{
    public long Id { get; init; }
    public required string Reference { get; init; }
    public required string RedactedText { get; init; }
    public required string Channel { get; init; }
    public string? LocalityName { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public string? LinkedByName { get; init; }
    public DateTimeOffset LinkedAt { get; init; }
}
