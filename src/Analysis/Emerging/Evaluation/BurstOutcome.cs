namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>
/// One injected burst: its size over the series' expected count (+50%, +100%, +200%), the extra items in its first week,
/// and when (if ever) the detector flagged it, in weeks after it started. <see cref="Flags"/>: how many of its weeks were
/// flagged (in any of the series it shows in), each a separate issue in that week's digest; <see cref="UngroupedFlags"/>:
/// every series' flags in its weeks, as a digest without grouping would show them.
/// </summary>
public sealed record BurstOutcome(string Size, int ExtraItems, int Weeks, int? DelayWeeks)
{
    public int Flags { get; init; }
    public int UngroupedFlags { get; init; }
}
