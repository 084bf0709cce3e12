namespace VoiceHub.Core.Model;

/// <summary>An upload kept whole: the bytes as received, and what became of them.</summary>
public sealed record Document
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required string Sha256 { get; init; }
    public long SizeBytes { get; init; }
    public required string Status { get; init; }
    public string? Error { get; init; }
    public int ItemsAdded { get; init; }
    public int DuplicatesSkipped { get; init; }
    public int RowsSkipped { get; init; }
    /// <summary>JSON array of strings: per-row warnings ("Row 12: date '31/02/2026' is not a date").</summary>
    public string Warnings { get; init; } = "[]";
    /// <summary>JSON object of upload details (locality, organisation, reporting period…).</summary>
    public string Metadata { get; init; } = "{}";
    public long? UploadedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? IngestedAt { get; init; }
    /// <summary>
    /// When VoiceHub set the file aside: reading it was cut short too often (see <c>DocumentStore.StartParsingAsync</c>),
    /// so it is failed and not read again until staff try again.
    /// </summary>
    public DateTimeOffset? QuarantinedAt { get; init; }
}
