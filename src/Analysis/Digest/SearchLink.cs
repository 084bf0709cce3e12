namespace VoiceHub.Analysis.Digest;

/// <summary>
/// A search that shows the evidence behind a finding: words and the search page's filters (theme, locality and
/// service-area names, a channel code) over a date range. Pages turn it into a URL with the search page's own
/// parameters; the digest keeps it as data.
/// </summary>
public sealed record SearchLink
{
    public string? Query { get; init; }
    public string? Theme { get; init; }
    public string? Locality { get; init; }
    public string? Channel { get; init; }
    public string? ServiceArea { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
