namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Whose voice is missing in a period: items per 1,000 residents in each locality against the council's average, and
/// survey respondents' shares by age band, carer status, ethnicity, disability and sex against the population's.
/// Respondent counts under 5 are shown as "fewer than 5" (<see cref="Core.Reporting.SmallCounts"/>), even to staff.
/// </summary>
public sealed record CoverageReport
{
    public DateOnly From { get; init; }
    /// <summary>The last day of the period.</summary>
    public DateOnly To { get; init; }
    public required IReadOnlyList<LocalityRate> Localities { get; init; }
    public double? CouncilPer1000 { get; init; }
    /// <summary>Items with no locality: not in any rate.</summary>
    public int ItemsWithoutLocality { get; init; }
    public int SurveyRespondents { get; init; }
    public required IReadOnlyList<Dimension> Demographics { get; init; }
    /// <summary>Where the population shares come from, as the seed file says (e.g. illustrative figures).</summary>
    public string? PopulationSource { get; init; }
    /// <summary>A problem reading the population shares file, naming the row; the report goes on without them.</summary>
    public string? PopulationError { get; init; }

    /// <param name="Quiet">True when the locality's rate is under two thirds of the council's.</param>
    public sealed record LocalityRate(string Name, int? Population, int Items, double? Per1000, double? RatioToCouncil, bool Quiet);

    /// <param name="Answered">Respondents who answered this question in a way we could place in a group.</param>
    public sealed record Dimension(string Key, string Label, int Answered, IReadOnlyList<Group> Groups, string? Note);

    /// <param name="UnderRepresented">True when the group's share of respondents is under two thirds of its population share.</param>
    public sealed record Group(string Name, int Respondents, double? Share, double PopulationShare, bool UnderRepresented);
}
