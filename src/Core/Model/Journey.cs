namespace VoiceHub.Core.Model;

/// <summary>
/// What happened to one piece of feedback, as its giver may see it: dates of each step, theme names, and the
/// published projects and actions it is linked to. Never the text, never anything about anyone else.
/// </summary>
public sealed record Journey
{
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset? ThemedAt { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public DateTimeOffset? LinkedAt { get; init; }
    /// <summary>Published projects the feedback is linked to: (title, status code).</summary>
    public IReadOnlyList<(string Title, string Status)> Projects { get; init; } = [];
    /// <summary>Projects and actions it is linked to that are not published yet: counted, never named.</summary>
    public int UnpublishedLinks { get; init; }
    /// <summary>Published actions behind it: linked directly, or the actions of a project it is linked to.</summary>
    public IReadOnlyList<FeedbackAction> Actions { get; init; } = [];
    public DateTimeOffset? WeWillAt { get; init; }
    public DateOnly? WeDidOn { get; init; }

    public IReadOnlyList<JourneyStep> Reached =>
    [
        JourneyStep.Received,
        .. ThemedAt is null ? Array.Empty<JourneyStep>() : [JourneyStep.Themed],
        .. LinkedAt is null ? Array.Empty<JourneyStep>() : [JourneyStep.Linked],
        .. WeWillAt is null ? Array.Empty<JourneyStep>() : [JourneyStep.WeWill],
        .. WeDidOn is null ? Array.Empty<JourneyStep>() : [JourneyStep.WeDid],
    ];
}
