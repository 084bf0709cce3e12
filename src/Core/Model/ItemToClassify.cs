namespace VoiceHub.Core.Model;

/// <summary>An item's id and redacted text: what the classifier reads (never the raw text, so no model learns personal data).</summary>
public sealed record ItemToClassify(long Id, string RedactedText);
