namespace VoiceHub.Core.Model;

/// <summary>One thing one person said: a survey answer, a bullet from Listening Space notes, a form submission.</summary>
public sealed record FeedbackItem
{
    public long Id { get; init; }
    public long DocumentId { get; init; }
    public required string Channel { get; init; }
    public int? LocalityId { get; init; }
    public string? LocalityName { get; init; }
    /// <summary>Which rule placed the item: column, form, postcode, gazetteer, upload; null when unknown.</summary>
    public string? LocalityRule { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    /// <summary>As received. Only for staff with the raw-text permission; never indexed, never logged.</summary>
    public required string RawText { get; init; }
    /// <summary>Personal data removed: what is indexed and shown.</summary>
    public required string RedactedText { get; init; }
    /// <summary>What the text answers, e.g. the survey question.</summary>
    public string? Context { get; init; }
    /// <summary>What was removed from the text before it was stored, as jsonb (<see cref="RedactionRecord"/>); null when unknown.</summary>
    public string? Redactions { get; init; }
    public string Metadata { get; init; } = "{}";
    public required string Reference { get; init; }
    public int? RowNo { get; init; }
    public long ChangeSeq { get; init; }
    /// <summary>When the raw text was erased (retention): <see cref="RawText"/> is then empty; the redacted text stays.</summary>
    public DateTimeOffset? RawTextErasedAt { get; init; }
}
