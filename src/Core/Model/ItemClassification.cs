namespace VoiceHub.Core.Model;

/// <summary>What a model (and the service-area lexicon or model) decided for one item, ready to store.</summary>
public sealed record ItemClassification(
    long ItemId,
    IReadOnlyList<(string Theme, float Score)> Themes,
    float Margin,
    int? Sentiment,
    IReadOnlyList<(int ServiceAreaId, string Source, float Score)> ServiceAreas)
{
    /// <summary>True when the item's sentence embedding was read as well as its words.</summary>
    public bool UsedMeaning { get; init; }
}
