namespace VoiceHub.Core.Model;

/// <summary>Items in a period in one locality (null: not known), with its population when configured.</summary>
public sealed record LocalityItems(int? LocalityId, string? Name, int? Population, int Items);
