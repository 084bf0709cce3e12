namespace VoiceHub.Core.Model;

/// <summary>A flag as detection made it, to store (or refresh, keeping its triage).</summary>
public sealed record NewFlag
{
    public required string Id { get; init; }
    public required string Week { get; init; }
    public DateOnly WeekStart { get; init; }
    public required SeriesKey Key { get; init; }
    public int Count { get; init; }
    public double Expected { get; init; }
    public double UpperBound { get; init; }
    public double Score { get; init; }
    public required string Sentence { get; init; }
    public required string EvidenceJson { get; init; }
}
