namespace VoiceHub.Core.Model;

/// <summary>
/// A stored emerging issue: one series in one ISO week above the bound its past predicts, with its evidence (JSON) and
/// triage. <see cref="EffectiveStatus"/> is <c>linked</c> whenever a project or action links the flag, however linked.
/// </summary>
public sealed record EmergingFlag
{
    public required string Id { get; init; }
    public required string Week { get; init; }
    public DateOnly WeekStart { get; init; }
    public required string Kind { get; init; }
    public int? ThemeId { get; init; }
    public string? ThemeName { get; init; }
    public int? LocalityId { get; init; }
    public string? LocalityName { get; init; }
    public string? Channel { get; init; }
    public int? ServiceAreaId { get; init; }
    public string? ServiceAreaName { get; init; }
    public int Count { get; init; }
    public double Expected { get; init; }
    public double UpperBound { get; init; }
    public double Score { get; init; }
    public required string Sentence { get; init; }
    public string Evidence { get; init; } = "{}";
    public required string Status { get; init; }
    public string? DismissReason { get; init; }
    public string? StatusByName { get; init; }
    public DateTimeOffset? StatusAt { get; init; }
    public DateTimeOffset DetectedAt { get; init; }
    public long[] ProjectIds { get; init; } = [];
    public string[] ProjectTitles { get; init; } = [];
    public long[] ActionIds { get; init; } = [];
    public string[] ActionTitles { get; init; } = [];

    public string EffectiveStatus => ProjectIds.Length > 0 || ActionIds.Length > 0 ? FlagStatus.Linked : Status;
}
