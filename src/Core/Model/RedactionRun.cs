namespace VoiceHub.Core.Model;

/// <summary>One pass of the re-redaction job: which redactor version, why, and what it checked and changed.</summary>
public sealed record RedactionRun
{
    public long Id { get; init; }
    public int RedactorVersion { get; init; }
    /// <summary><c>new-version</c> (the hub started with a newer redactor) or <c>admin</c> (asked for on /admin/redaction).</summary>
    public required string Trigger { get; init; }
    public long? RequestedBy { get; init; }
    public string? RequestedByName { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public long LastItemId { get; init; }
    public long LastActionId { get; init; }
    public int ItemsChecked { get; init; }
    public int ItemsChanged { get; init; }
    public int DraftsChecked { get; init; }
    public int DraftsChanged { get; init; }
}
