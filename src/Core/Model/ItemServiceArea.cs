namespace VoiceHub.Core.Model;

/// <summary>A service area on an item and where it came from: lexicon, model or staff.</summary>
public sealed record ItemServiceArea(int ServiceAreaId, string Name, string Source, string? CreatedByName, DateTimeOffset CreatedAt);
