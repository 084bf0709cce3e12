namespace VoiceHub.Core.Model;

/// <summary>A query and its filters that a member of staff named, to run again and to be told of new matches.</summary>
public sealed record SavedSearch
{
    public long Id { get; init; }
    public long UserId { get; init; }
    public required string Name { get; init; }
    public string Query { get; init; } = "";
    public SearchFilters Filters { get; init; } = new();
    public DateTimeOffset CreatedAt { get; init; }
}
