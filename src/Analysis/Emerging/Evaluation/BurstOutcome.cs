namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// One injected burst: its size over the series' expected count (+50%, +100%, +200%), the extra items in its first week,
/// and when (if ever) the detector flagged it, in weeks after it started. <see cref="Flags"/>: how many of its weeks were
/// flagged, each a separate issue in that week's digest.
/// </summary>
public sealed record BurstOutcome(string Size, int ExtraItems, int Weeks, int? DelayWeeks)
{
    public int Flags { get; init; }
}
