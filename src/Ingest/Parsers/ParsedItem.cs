namespace VoiceHub.Ingest.Parsers;

/// <summary>What a parser found for one item, before redaction and locality resolution.</summary>
public sealed record ParsedItem
{
    public required string Text { get; init; }
    public string? Context { get; init; }
    public DateOnly? OccurredOn { get; init; }
    /// <summary>A locality named by the source (a mapped column or form field).</summary>
    public string? LocalityName { get; init; }
    /// <summary>How <see cref="LocalityName"/> was given, recorded as the locality rule: column (default), form or upload.</summary>
    public string? LocalitySource { get; init; }
    public string? Postcode { get; init; }
    public Dictionary<string, string> Metadata { get; init; } = [];
    public int? RowNo { get; init; }
    /// <summary>What identifies this item across exports of the same source; hashed into the item's fingerprint.</summary>
    public required string IdentityKey { get; init; }
    /// <summary>A reference already shown to the person who gave it (the online form).</summary>
    public string? Reference { get; init; }
}
