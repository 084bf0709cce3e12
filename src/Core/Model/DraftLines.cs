namespace VoiceHub.Core.Model;

/// <summary>
/// The "you said" and "we will" lines of a draft action as shown (redacted), and, for lines that came from people
/// (Listening Space notes), the lines as written and the redaction record. Staff-typed drafts have no raw lines.
/// </summary>
public sealed record DraftLines(string YouSaid, string WeWill, string? YouSaidRaw = null, string? WeWillRaw = null, string? Redactions = null);
