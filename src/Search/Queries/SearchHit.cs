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
    float Score)
{
    public IReadOnlyList<string> ServiceAreas { get; init; } = [];

    /// <summary>1 very positive … 5 very negative; null until classified.</summary>
    public int? Sentiment { get; init; }

    /// <summary>Found because it means the same as the search, not because it has the words.</summary>
    public bool ByMeaning { get; init; }
}
