namespace VoiceHub.Core.Model;

/// <summary>An item parsed from a document, ready to store. <see cref="Fingerprint"/> makes re-ingest idempotent.</summary>
public sealed record NewItem
{
    public required string Channel { get; init; }
    public int? LocalityId { get; init; }
    public string? LocalityRule { get; init; }
    public DateOnly? OccurredOn { get; init; }
    public required string RawText { get; init; }
    public required string RedactedText { get; init; }
    public string? Context { get; init; }
    /// <summary>The redaction record of the text as jsonb (<see cref="RedactionRecord"/>); null when none was made.</summary>
    public string? Redactions { get; init; }
    public string Metadata { get; init; } = "{}";
    public int? RowNo { get; init; }
    /// <summary>SHA-256 of what identifies this item across exports (not the document): equal fingerprints are one item.</summary>
    public required byte[] Fingerprint { get; init; }
    /// <summary>A reference already given to the person (the online form shows it at once); else a new one is made.</summary>
    public string? Reference { get; init; }
}
