namespace VoiceHub.Core.Model;

/// <summary>
/// A "You said, we will, we did" action: what people said (a plain-language summary written by staff), the
/// commitment with its owner and due date, and the outcome. <see cref="Status"/> is an <see cref="ActionStatus"/> code.
/// </summary>
public sealed record FeedbackAction
{
    public long Id { get; init; }
    public long? ProjectId { get; init; }
    public string? ProjectTitle { get; init; }
    /// <summary>Whether the project is published: public pages name only published projects.</summary>
    public bool ProjectPublished { get; init; }
    public required string Status { get; init; }
    public required string YouSaid { get; init; }
    public string WeWill { get; init; } = "";
    public string Owner { get; init; } = "";
    public DateOnly? DueOn { get; init; }
    public string WeDid { get; init; } = "";
    public DateOnly? DoneOn { get; init; }
    public string EvidenceUrl { get; init; } = "";
    public string NotDoingReason { get; init; } = "";
    public bool Published { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public long? SourceDocumentId { get; init; }
    /// <summary>For lines drafted from people's words: what was removed from them, as jsonb (<see cref="RedactionRecord"/>).</summary>
    public string? Redactions { get; init; }
    public int ItemCount { get; init; }
    public int OpenComments { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Planned or in progress, and past its due date (<paramref name="today"/> in Europe/London).</summary>
    public bool IsOverdue(DateOnly today) =>
        DueOn is { } due && due < today && Status is ActionStatus.Planned or ActionStatus.InProgress;
}
