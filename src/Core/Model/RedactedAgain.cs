namespace VoiceHub.Core.Model;

/// <summary>
/// What the re-redaction job stores for one changed item (its text, context and record) or draft action (its "you said"
/// in <see cref="Text"/>, "we will" in <see cref="Context"/>), with the text it read, so a row changed meanwhile is kept.
/// </summary>
public sealed record RedactedAgain(long Id, string Text, string? Context, string Redactions, string Old, string? SecondOld = null);
