namespace VoiceHub.Core.Model;

/// <summary>What an admin looks for in the audit log; every part optional.</summary>
public sealed record AuditQuery
{
    public string? Action { get; init; }
    public string? User { get; init; }
    public string? Target { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
