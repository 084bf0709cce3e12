namespace VoiceHub.Ingest;

/// <summary>The content type VoiceHub records for a file it was given by name only (the CLI, the inbox).</summary>
public static class ContentTypes
{
    public static string For(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => "text/csv",
        ".tsv" => "text/tab-separated-values",
        ".txt" => "text/plain",
        ".md" => "text/markdown",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pdf" => "application/pdf",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };
}
