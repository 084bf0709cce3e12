namespace VoiceHub.Search.Queries;

/// <summary>One match. <see cref="Snippet"/> is HTML: the text is encoded and only <c>&lt;mark&gt;</c> is added.</summary>
public sealed record SearchHit(
    long Id,
    string Reference,
    string Text,
    string Snippet,
    IReadOnlyList<string> Themes,
    string? Locality,
    string? Channel,
    DateOnly? Date,
    string? Context,
    float Score);

public sealed record SearchResults
{
    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    /// <summary>A message for the person searching (the query was read as plain words, nothing was entered…).</summary>
    public string? Message { get; init; }
    public bool Rewritten { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
