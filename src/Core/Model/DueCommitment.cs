namespace VoiceHub.Core.Model;

/// <summary>A "we will" commitment, planned or in progress, with its due date: for the digest's overdue and due lists.</summary>
public sealed record DueCommitment
{
    public long Id { get; init; }
    public required string WeWill { get; init; }
    public string Owner { get; init; } = "";
    public DateOnly DueOn { get; init; }
    public required string Status { get; init; }
    public string? ProjectTitle { get; init; }
}
