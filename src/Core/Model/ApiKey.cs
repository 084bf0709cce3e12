namespace VoiceHub.Core.Model;

/// <summary>A key another system uses to post feedback. Only its hash is stored; <see cref="Prefix"/> helps staff tell keys apart.</summary>
public sealed record ApiKey
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Prefix { get; init; }
    public long? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; init; }
}
