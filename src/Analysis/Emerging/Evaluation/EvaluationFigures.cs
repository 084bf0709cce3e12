namespace VoiceHub.Analysis.Emerging.Evaluation;

/// <summary>What <c>voicehub emerging evaluate</c> prints: over all bursts, and by burst size.</summary>
public sealed record EvaluationFigures
{
    public double Precision { get; init; }
    public double Recall { get; init; }
    public double FalseAlarmsPer100SeriesWeeks { get; init; }
    public double? MedianDelayWeeks { get; init; }
    /// <summary>Flags per detected burst: one series' burst lasting three weeks and flagged in each is three issues over three digests.</summary>
    public double IssuesPerBurst { get; init; }
    /// <summary>Flags per detected burst without grouping: a locality's flag and its theme's in one week are two.</summary>
    public double FlagsPerBurst { get; init; }
    public required IReadOnlyDictionary<string, SizeFigures> BySize { get; init; }
    public int Series { get; init; }
    public int SeriesWeeks { get; init; }
    public int Bursts { get; init; }
    public int Flags { get; init; }
    public int FalseAlarms { get; init; }
    public double WeeklyItems { get; init; }
    public int Seed { get; init; }

    /// <summary>Recall and detection in the first week for bursts of one size; <see cref="AtLeast8Items"/> for those adding 8 or more items in their first week.</summary>
    public sealed record SizeFigures(int Bursts, double Recall, double RecallInFirstWeek, double? MedianDelayWeeks, SubsetFigures AtLeast8Items);

    public sealed record SubsetFigures(int Bursts, double Recall, double RecallInFirstWeek);
}
