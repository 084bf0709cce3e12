namespace VoiceHub.Core.Model;

/// <summary>An adult social care service area and the lexicon phrases that place an item in it.</summary>
public sealed record ServiceArea
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string[] Keywords { get; init; } = [];
}
