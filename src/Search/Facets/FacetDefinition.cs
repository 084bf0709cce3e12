namespace VoiceHub.Search.Facets;

/// <summary>A facet: its key in URLs and JSON, the keyword field it counts, and its label on the page.</summary>
public sealed record FacetDefinition(string Key, string Field, string Label);
