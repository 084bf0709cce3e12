namespace VoiceHub.Ingest.Parsers;

/// <summary>The reason given when a file holds more text than <see cref="IngestLimits.MaxExtractedTextBytes"/>.</summary>
public static class TextLimit
{
    /// <summary>"notes.md: reading stopped at 64 MB of text, the limit for one file. Split it into smaller files."</summary>
    public static string Reached(string fileName, IngestLimits limits) =>
        $"{fileName}: reading stopped at {IngestLimits.Megabytes(limits.MaxExtractedTextBytes)} of text, the limit for one file. Split it into smaller files.";
}
