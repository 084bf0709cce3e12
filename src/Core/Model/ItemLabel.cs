namespace VoiceHub.Core.Model;

/// <summary>A theme or service area on an item, and who gave it (<c>model</c>, <c>lexicon</c> or <c>staff</c>).</summary>
public sealed record ItemLabel(string Name, string Source);
