namespace VoiceHub.Core.Model;

/// <summary>How much feedback there was, by channel, theme and locality. Counts only: no text, no people.</summary>
public sealed record FeedbackCounts
{
    public long Total { get; init; }
    public IReadOnlyList<NamedCount> ByChannel { get; init; } = [];
    public IReadOnlyList<NamedCount> ByTheme { get; init; } = [];
    public IReadOnlyList<NamedCount> ByLocality { get; init; } = [];
}
