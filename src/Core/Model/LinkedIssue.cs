namespace VoiceHub.Core.Model;

/// <summary>An emerging issue linked to a project or action, by the issue's opaque flag id.</summary>
public sealed record LinkedIssue
{
    public required string FlagId { get; init; }
    /// <summary>The issue in words ("Transport in Grays rose to 14 …"); null when its flag is no longer stored.</summary>
    public string? Sentence { get; init; }
    /// <summary>Its ISO week (<c>2026-W48</c>), from the flag id when the flag is gone.</summary>
    public string Week => FlagId.Split('.')[0];
    public string? LinkedByName { get; init; }
    public DateTimeOffset LinkedAt { get; init; }
}
