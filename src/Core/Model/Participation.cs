namespace VoiceHub.Core.Model;

/// <summary>Who took part in a period, as counts only (each shown suppressed when small).</summary>
public sealed record Participation
{
    public long FeedbackItems { get; init; }
    /// <summary>Listening Spaces, Talking Shops and VCS reports held or received: one uploaded document each.</summary>
    public IReadOnlyList<NamedCount> SessionsByChannel { get; init; } = [];
    public long JoinedPeoplesBank { get; init; }
    public long AskedToBeKeptInformed { get; init; }
    public long ScrutinyComments { get; init; }
}
