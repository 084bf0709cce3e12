using VoiceHub.Core.Reporting;

namespace VoiceHub.Analysis.Emerging;

/// <summary>
/// What detection found for one week: flagged series (highest score first) and new phrases, with notes for people
/// when something could not be judged (too little history, no feedback that week).
/// </summary>
public sealed record EmergingResult
{
    public required IsoWeek Week { get; init; }
    public required IReadOnlyList<DetectedIssue> Issues { get; init; }
    /// <summary>
    /// The flags as bursts (<see cref="IssueGrouping"/>): each group's first flag names it, the rest are the other ways
    /// it shows. The week's count of issues is the count of groups.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<DetectedIssue>> Groups { get; init; }
    public required IReadOnlyList<PhraseResult> Phrases { get; init; }
    /// <summary>Themes and localities whose share of negative comments rose (<see cref="Emerging.NegativeTurns"/>), biggest rise first.</summary>
    public IReadOnlyList<NegativeTurn> NegativeTurns { get; init; } = [];
    /// <summary>How many series had enough history to be judged this week.</summary>
    public int SeriesJudged { get; init; }
    public int ItemsThisWeek { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Every series' count in the week, by <see cref="Core.Model.SeriesKey.Id"/> (absent: none).</summary>
    public IReadOnlyDictionary<string, int> Counts { get; init; } = new Dictionary<string, int>();
}

/// <summary>A theme's or a locality's rise in negative comments in the week.</summary>
public sealed record NegativeTurn(string? Theme, string? Locality, NegativeTurns.Turn Judgement, string Sentence);
