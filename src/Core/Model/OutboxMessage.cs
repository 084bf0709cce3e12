namespace VoiceHub.Core.Model;

/// <summary>One email owed to a person about one step of their feedback. <see cref="Status"/>: pending | sent | skipped | failed.</summary>
public sealed record OutboxMessage
{
    public long Id { get; init; }
    public long ItemId { get; init; }
    public required string Step { get; init; }
    public required string Status { get; init; }
    public int Attempts { get; init; }
    public string? Channel { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
}
