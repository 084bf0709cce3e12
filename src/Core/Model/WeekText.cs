namespace VoiceHub.Core.Model;

/// <summary>An item's redacted text with the document it came from: what new-phrase detection reads.</summary>
public sealed record WeekText(long ItemId, long DocumentId, DateOnly WeekStart, string Text);
