namespace VoiceHub.Core.Model;

/// <summary>Survey respondents who gave one answer (<see cref="Value"/>) to one demographic question (<see cref="Dimension"/>: the item metadata key).</summary>
public sealed record Respondents(string Dimension, string Value, int Count);
