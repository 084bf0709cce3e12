namespace VoiceHub.Search.Queries;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>What a user asked for: the query as typed, filters, order and page.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public IReadOnlyList<string> Localities { get; init; } = [];
    public IReadOnlyList<string> Channels { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
