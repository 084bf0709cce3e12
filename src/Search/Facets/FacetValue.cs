namespace VoiceHub.Search.Facets;

/// <summary>A value of a facet: as stored (<see cref="Value"/>), as shown (<see cref="Label"/>), its count, whether chosen.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);
