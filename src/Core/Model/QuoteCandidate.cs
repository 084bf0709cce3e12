namespace VoiceHub.Core.Model;

/// <summary>An item that could be quoted as evidence for a flag: redacted text only.</summary>
public sealed record QuoteCandidate
{
    public long Id { get; init; }
    public required string Reference { get; init; }
    public long DocumentId { get; init; }
    public required string Channel { get; init; }
    public string? LocalityName { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public required string RedactedText { get; init; }
    /// <summary>The classifier's score for the flag's theme, when the flag is about a theme.</summary>
    public float? Score { get; init; }
}
