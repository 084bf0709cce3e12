namespace VoiceHub.Core.Model;

/// <summary>
/// An item's id, redacted text and context (the question it answers, as stored): what the classifier reads (never the
/// raw text, so no model learns personal data).
/// </summary>
public sealed record ItemToClassify(long Id, string RedactedText, string? Context = null);
