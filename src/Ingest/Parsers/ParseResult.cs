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

    public static ParseResult Failed(string error, IReadOnlyList<string>? warnings = null) =>
        new() { Error = error, Warnings = warnings ?? [] };
}
