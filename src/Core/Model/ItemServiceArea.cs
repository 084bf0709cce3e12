namespace VoiceHub.Core.Model;

/// <summary>A service area on an item and where it came from: lexicon, model or staff.</summary>
public sealed record ItemServiceArea
{
    public int ServiceAreaId { get; init; }
    public string Name { get; init; } = "";
    public string Source { get; init; } = "";
    public string? CreatedByName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
