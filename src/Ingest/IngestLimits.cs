namespace VoiceHub.Ingest;

/// <summary>
/// How much VoiceHub will read from one file, so a hostile or broken upload is refused with a clear message instead of
/// exhausting memory. Section <c>VoiceHub:Ingest</c>; the upload size itself is <c>VoiceHub:MaxUploadBytes</c>.
/// </summary>
public sealed class IngestLimits
{
    public const string Section = "VoiceHub:Ingest";

    /// <summary>The most a Word or Excel file (a zip) may expand to when unpacked.</summary>
    public long MaxDecompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The most parts a Word or Excel file may hold.</summary>
    public int MaxZipEntries { get; set; } = 10_000;

    public int MaxPdfPages { get; set; } = 300;

    /// <summary>A longer cell is not an answer but a paste or a fault: its row is skipped and reported.</summary>
    public int MaxCellLength { get; set; } = 20_000;
}
