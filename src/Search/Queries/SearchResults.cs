using VoiceHub.Search.Facets;

namespace VoiceHub.Search.Queries;

public sealed record SearchResults
{
    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    /// <summary>Counts for every facet, each ignoring its own choices (see <see cref="FacetingCollector"/>).</summary>
    public IReadOnlyList<FacetResult> Facets { get; init; } = [];
    /// <summary>A message for the person searching (the query was read as plain words, nothing was entered…).</summary>
    public string? Message { get; init; }
    public bool Rewritten { get; init; }
    /// <summary>
    /// The index answering was being rebuilt (its folder was lost or unreadable, or it is new): a count of 0 may only
    /// mean "not indexed yet", so pages and the API say so rather than answer as if complete.
    /// </summary>
    public bool IndexRebuilding { get; init; }
    /// <summary>The order used: relevance becomes newest when no words were searched for.</summary>
    public SearchSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    /// <summary>How many of <see cref="Total"/> were found by meaning and not by the words (plain-word searches only).</summary>
    public int ByMeaning { get; init; }
    /// <summary>True when the search was words and meaning together (a plain-word search, not <c>exact</c>, with vectors held).</summary>
    public bool Hybrid { get; init; }
    public int Pages => Total == 0 ? 0 : (Math.Min(Total, SearchService.MaxResultWindow) + PageSize - 1) / PageSize;
}
