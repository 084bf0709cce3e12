using VoiceHub.Core.Model;

namespace VoiceHub.Search.Queries;

/// <summary>
/// What a user asked for: the query as typed, the facet values chosen (OR within a facet, AND across facets), a date
/// range on the day the feedback was given, order and page.
/// </summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Localities { get; init; } = [];
    /// <summary>Channel codes, e.g. <c>listening-space</c>.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];
    public IReadOnlyList<string> ServiceAreas { get; init; } = [];
    /// <summary>Months as <c>yyyy-MM</c>.</summary>
    public IReadOnlyList<string> Months { get; init; } = [];
    /// <summary><c>positive</c>, <c>neutral</c> or <c>negative</c>.</summary>
    public IReadOnlyList<string> Sentiments { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Only items VoiceHub received in [<see cref="ReceivedFrom"/>, <see cref="ReceivedBefore"/>), to the day in Europe/London: "new" items.</summary>
    public DateTimeOffset? ReceivedFrom { get; init; }
    public DateTimeOffset? ReceivedBefore { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>Words only: no meaning hits even for plain words (<c>exact=true</c>).</summary>
    public bool Exact { get; init; }

    public bool HasFilters =>
        Themes.Count > 0 || Localities.Count > 0 || Channels.Count > 0 || ServiceAreas.Count > 0 || Months.Count > 0
        || Sentiments.Count > 0 || From is not null || To is not null || ReceivedFrom is not null || ReceivedBefore is not null;

    /// <summary>The chosen values of one facet.</summary>
    public IReadOnlyList<string> Chosen(Facets.FacetDefinition facet) => facet.Key switch
    {
        "theme" => Themes,
        "locality" => Localities,
        "channel" => Channels,
        "serviceArea" => ServiceAreas,
        "month" => Months,
        "sentiment" => Sentiments,
        _ => [],
    };

    /// <summary>A saved search's query and filters, as a request for its first page.</summary>
    public static SearchRequest FromSaved(string query, SearchFilters f) => new()
    {
        Query = query,
        Themes = f.Themes,
        Localities = f.Localities,
        Channels = f.Channels,
        ServiceAreas = f.ServiceAreas,
        Months = f.Months,
        Sentiments = f.Sentiments,
        From = f.From,
        To = f.To,
        Sort = ParseSort(f.Sort),
        Exact = f.Exact,
    };

    /// <summary>The filters to keep with a saved search.</summary>
    public SearchFilters ToFilters() => new()
    {
        Themes = Themes,
        Localities = Localities,
        Channels = Channels,
        ServiceAreas = ServiceAreas,
        Months = Months,
        Sentiments = Sentiments,
        From = From,
        To = To,
        Sort = SortName(Sort),
        Exact = Exact,
    };

    public static SearchSort ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        "newest" => SearchSort.Newest,
        "oldest" => SearchSort.Oldest,
        _ => SearchSort.Relevance,
    };

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.Newest => "newest",
        SearchSort.Oldest => "oldest",
        _ => "relevance",
    };
}
