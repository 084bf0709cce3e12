namespace VoiceHub.Ingest.Parsers;

/// <summary>One piece of feedback given through the online form or the API, before it is stored.</summary>
public sealed record SubmittedFeedback
{
    public required string Text { get; init; }
    public string? Locality { get; init; }
    public string? Postcode { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>What the text answers (the sending system's question or form name).</summary>
    public string? Context { get; init; }
    /// <summary>The sending system's own id for it: sending it again adds nothing.</summary>
    public string? ExternalId { get; init; }
    /// <summary>The reference already shown to the person (online form).</summary>
    public string? Reference { get; init; }
}
