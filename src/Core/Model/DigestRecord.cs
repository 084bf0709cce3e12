namespace VoiceHub.Core.Model;

/// <summary>One stored version of a week's digest. <see cref="Content"/> is the snapshot as JSON.</summary>
public sealed record DigestRecord
{
    public long Id { get; init; }
    public required string Week { get; init; }
    public DateOnly WeekStart { get; init; }
    public int Version { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public required string BuiltBy { get; init; }
    public int BuildMs { get; init; }
    public string Content { get; init; } = "{}";
}
