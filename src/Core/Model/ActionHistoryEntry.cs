namespace VoiceHub.Core.Model;

/// <summary>One change to an action. <see cref="Changes"/> is JSON: <c>{"status": {"from": "planned", "to": "done"}}</c>.</summary>
public sealed record ActionHistoryEntry
{
    public long Id { get; init; }
    public long ActionId { get; init; }
    public DateTimeOffset At { get; init; }
    public long? UserId { get; init; }
    public required string Actor { get; init; }
    public required string What { get; init; }
    public string Changes { get; init; } = "{}";
}
