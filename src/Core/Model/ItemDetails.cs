namespace VoiceHub.Core.Model;

/// <summary>An item as its own page shows it: the item, its document, and what has been learned about it.</summary>
public sealed record ItemDetails
{
    public required FeedbackItem Item { get; init; }
    public string? DocumentFileName { get; init; }
    /// <summary>1 very positive … 5 very negative; null until classified.</summary>
    public short? Sentiment { get; init; }
    public IReadOnlyList<ItemLabel> Themes { get; init; } = [];
    public IReadOnlyList<ItemLabel> ServiceAreas { get; init; } = [];
    /// <summary>Whether the classifier read the item's meaning (its sentence embedding) as well as its words; null until classified.</summary>
    public bool? ClassifiedWithMeaning { get; init; }
}
