namespace VoiceHub.Core.Model;

/// <summary>
/// The filters of a search, as kept with a saved search (JSON in <c>saved_searches.filters</c>). Values are the names
/// shown on the search page: theme and locality names, channel codes, service area names, months as <c>yyyy-MM</c> and
/// sentiments as <c>positive|neutral|negative</c>.
/// </summary>
public sealed record SearchFilters
{
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Localities { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<string> ServiceAreas { get; init; } = [];
    public IReadOnlyList<string> Months { get; init; } = [];
    public IReadOnlyList<string> Sentiments { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary><c>relevance</c>, <c>newest</c> or <c>oldest</c>.</summary>
    public string Sort { get; init; } = "relevance";
    /// <summary>Words only: not also feedback that means the same.</summary>
    public bool Exact { get; init; }
}
