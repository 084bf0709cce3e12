namespace VoiceHub.Search.Facets;

/// <summary>The values chosen in each facet (any of them may match: OR within a facet, AND across facets).</summary>
internal sealed class FacetSelection
{
    private readonly HashSet<string>?[] _chosen = new HashSet<string>?[FacetCatalog.All.Count];

    public void Choose(FacetDefinition facet, IEnumerable<string> values)
    {
        var index = FacetCatalog.IndexOf(facet);
        foreach (var v in values)
        {
            if (string.IsNullOrWhiteSpace(v)) continue;
            (_chosen[index] ??= new HashSet<string>(StringComparer.Ordinal)).Add(v.Trim());
        }
    }

    /// <summary>Chosen values of the facet at <paramref name="index"/> in <see cref="FacetCatalog.All"/>, or null for none.</summary>
    public IReadOnlySet<string>? Chosen(int index) => _chosen[index];

    public bool IsChosen(FacetDefinition facet, string value) => _chosen[FacetCatalog.IndexOf(facet)]?.Contains(value) == true;

    public bool Any => _chosen.Any(c => c is not null);
}
