namespace VoiceHub.Web.Privacy;

/// <summary>
/// <c>VoiceHub:Retention</c>. Raw text (as received, before redaction) is kept <see cref="RawTextDays"/> days from
/// when VoiceHub received it (two years by default), then erased; the redacted text, which is what search, themes
/// and reports use, is kept. Uploaded files are kept as long, then emptied, since they hold the same words.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "VoiceHub:Retention";

    public int RawTextDays { get; set; } = 730;
}
