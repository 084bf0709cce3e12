using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Text that was not redacted when it was stored passes the redactor before it is shown: file names given by
/// uploaders ("Mary Smith complaint.docx") and the warnings that quote them, and action lines and project titles and
/// aims staff typed, on public and Our Voice pages. Stored text from people is redacted before it is stored (ingest) and needs nothing here.
/// </summary>
public static class Redacted
{
    public static string Text(string? text) => string.IsNullOrEmpty(text) ? "" : Redactor.Redact(text);
}
