namespace VoiceHub.Core.Model;

/// <summary>An item in the "needs review" queue: the model's themes for it and how unsure it was (smaller margin, less sure).</summary>
public sealed record ReviewItem
{
    public long Id { get; init; }
    public string Reference { get; init; } = "";
    public string RedactedText { get; init; } = "";
    public DateOnly? OccurredOn { get; init; }
    public float Margin { get; init; }
    public string[] Themes { get; init; } = [];
}
