namespace VoiceHub.Core.Model;

/// <summary>An emerging issue linked to a project or action, by the issue's opaque flag id.</summary>
public sealed record LinkedIssue
{
    public required string FlagId { get; init; }
    public string? LinkedByName { get; init; }
    public DateTimeOffset LinkedAt { get; init; }
}
