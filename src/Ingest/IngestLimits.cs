namespace VoiceHub.Ingest;

/// <summary>
/// How much VoiceHub will read from one file, so a hostile or broken upload is refused with a clear message instead of
/// exhausting memory. Section <c>VoiceHub:Ingest</c>; the upload size itself is <c>VoiceHub:MaxUploadBytes</c>.
/// </summary>
/// <remarks>
/// Two kinds of limit. The caps on what a file unpacks to and on the text taken from it are checked by the parsers as
/// they read, and refuse a file with a reason naming the cap. The memory and time limits are enforced from outside, on
/// the separate process that parses each file (<see cref="Sandbox.ParseSandbox"/>): they stop what the caps cannot
/// foresee, such as a 204 KB PDF whose one content stream makes the PDF library build gigabytes of glyphs.
/// </remarks>
public sealed class IngestLimits
{
    public const string Section = "VoiceHub:Ingest";

    private const long Megabyte = 1024 * 1024;

    /// <summary>The most a Word or Excel file (a zip), or all the compressed parts of a PDF, may expand to when unpacked.</summary>
    public long MaxDecompressedBytes { get; set; } = 256 * Megabyte;

    /// <summary>The most parts a Word or Excel file may hold.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    public int MaxPdfPages { get; set; } = 300;

    /// <summary>
    /// The most one compressed part of a PDF (a page's content, a font) may unpack to. A page of a long report is tens of
    /// kilobytes; 8 MB is a dense vector map. Each such megabyte of text lines costs the PDF library hundreds of
    /// megabytes, so this stops a stream bomb before it is read, with its own reason.
    /// </summary>
    public long MaxPdfStreamBytes { get; set; } = 8 * Megabyte;

    /// <summary>A longer cell is not an answer but a paste or a fault: its row is skipped and reported.</summary>
    public int MaxCellLength { get; set; } = 20_000;

    /// <summary>
    /// The most text (in characters) VoiceHub takes from one file; reading stops there and the file is refused. 64 MB
    /// is more than the largest upload can hold as CSV, and a 300-page report is about one megabyte.
    /// </summary>
    public long MaxExtractedTextBytes { get; set; } = 64 * Megabyte;

    /// <summary>
    /// The working set the parsing process may reach before it is stopped (its managed heap is held to ¾ of it). A
    /// survey CSV of 200,000 rows (19 MB, 400,000 items) peaked at 433 MB in it, so 1 GB takes a CSV up to about
    /// 450,000 rows; a larger one is refused naming this limit, and can be split or the limit raised.
    /// </summary>
    public long MaxParseMemoryBytes { get; set; } = 1024 * Megabyte;

    /// <summary>
    /// The processor time the parsing process may use. Its wall-clock time may be twice this, for a machine busy with
    /// other work; a 50 MB survey CSV takes about 10 s.
    /// </summary>
    public int MaxParseSeconds { get; set; } = 60;

    /// <summary>Null when the limits make sense, else why not (for <c>ValidateOnStart</c>).</summary>
    public string? Problem() =>
        MaxParseMemoryBytes < 64 * Megabyte ? "VoiceHub:Ingest:MaxParseMemoryBytes must be at least 64 MB (the parsing process's runtime needs about 40 MB)."
        : MaxParseSeconds < 1 ? "VoiceHub:Ingest:MaxParseSeconds must be at least 1."
        : MaxExtractedTextBytes < Megabyte ? "VoiceHub:Ingest:MaxExtractedTextBytes must be at least 1 MB."
        : MaxDecompressedBytes < Megabyte || MaxPdfStreamBytes < 64 * 1024 ? "VoiceHub:Ingest:MaxDecompressedBytes must be at least 1 MB and MaxPdfStreamBytes at least 64 KB."
        : null;

    /// <summary>"1 GB", "512 MB", "64 KB": a byte count as staff read it in a reason.</summary>
    public static string Megabytes(long bytes) =>
        bytes >= 1024 * Megabyte && bytes % (1024 * Megabyte) == 0 ? $"{bytes / (1024 * Megabyte):N0} GB"
        : bytes >= Megabyte ? $"{bytes / Megabyte:N0} MB"
        : $"{bytes / 1024:N0} KB";
}
