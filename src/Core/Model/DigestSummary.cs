namespace VoiceHub.Core.Model;

/// <summary>A week's newest digest for the list: how many versions, and the headline figures.</summary>
public sealed record DigestSummary
{
    public required string Week { get; init; }
    public DateOnly WeekStart { get; init; }
    public int Version { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public required string BuiltBy { get; init; }
    public int Items { get; init; }
    public int Issues { get; init; }
}
