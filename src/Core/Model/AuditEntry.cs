namespace VoiceHub.Core.Model;

/// <summary>One line of the audit log: who did what to which target, with ids and counts in <see cref="Details"/> (JSON).</summary>
public sealed record AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public long? UserId { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public string? Target { get; init; }
    public string Details { get; init; } = "{}";
    public string? Ip { get; init; }
}
