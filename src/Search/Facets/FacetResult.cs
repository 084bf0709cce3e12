namespace VoiceHub.Search.Facets;

/// <summary>One facet's values for the current search, most frequent first (months newest first).</summary>
public sealed record FacetResult(FacetDefinition Facet, IReadOnlyList<FacetValue> Values);
