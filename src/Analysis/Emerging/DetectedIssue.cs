using VoiceHub.Core.Model;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// A flagged series in a week, with names for people. <see cref="Weeks"/> holds the series' counts for the weeks up to
/// and including the flagged one (oldest first), for the sparkline.
/// </summary>
public sealed record DetectedIssue
{
    public required string FlagId { get; init; }
    public required SeriesKey Key { get; init; }
    public string? Theme { get; init; }
    public string? Locality { get; init; }
    public string? Channel { get; init; }
    public string? ServiceArea { get; init; }
    public required Judgement Judgement { get; init; }
    public required string Sentence { get; init; }
    public required IReadOnlyList<WeekCount> Weeks { get; init; }
}
