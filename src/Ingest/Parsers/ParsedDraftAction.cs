namespace VoiceHub.Ingest.Parsers;

/// <summary>A "You said, we will" line, and the indexes of the parsed items it answers.</summary>
public sealed record ParsedDraftAction(string YouSaid, string WeWill, IReadOnlyList<int> ItemIndexes, string IdentityKey);
