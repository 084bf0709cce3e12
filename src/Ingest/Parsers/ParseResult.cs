namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// A parser's answer: the items, per-row warnings for rows it skipped, or a reason the whole file cannot be read.
/// A parser never throws for bad input; it returns <see cref="Failed"/> naming the file, row or field.
/// </summary>
public sealed record ParseResult
{
    public IReadOnlyList<ParsedItem> Items { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public int RowsSkipped { get; init; }
    public string? Error { get; init; }

    /// <summary>"You said, we will" lines (Listening Space notes), linked to items by their index in <see cref="Items"/>.</summary>
    public IReadOnlyList<ParsedDraftAction> DraftActions { get; init; } = [];

    /// <summary>
    /// Fields the file lacks that staff must give before anything is stored (e.g. <c>date</c>, <c>locality</c>); the
    /// document then waits as needs-review. Keys are those of <see cref="UploadDetails.Fields"/>.
    /// </summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>A locality the whole document is about (a Listening Space's): it must be one VoiceHub knows.</summary>
    public string? DocumentLocality { get; init; }

    /// <summary>A survey's table, its first <see cref="DocumentParsers.MappingRows"/> rows, when only that was asked for (the mapping page).</summary>
    public Tables.Table? Table { get; init; }

    public static ParseResult Failed(string error, IReadOnlyList<string>? warnings = null) =>
        new() { Error = error, Warnings = warnings ?? [] };
}
