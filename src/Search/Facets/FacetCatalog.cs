namespace VoiceHub.Search.Facets;

/// <summary>The facets every search counts, in the order the search page shows them.</summary>
public static class FacetCatalog
{
    public static readonly FacetDefinition Theme = new("theme", IndexSchema.Theme, "Theme");
    public static readonly FacetDefinition Locality = new("locality", IndexSchema.Locality, "Locality");
    public static readonly FacetDefinition Channel = new("channel", IndexSchema.Channel, "Channel");
    public static readonly FacetDefinition ServiceArea = new("serviceArea", IndexSchema.ServiceArea, "Service area");
    public static readonly FacetDefinition Month = new("month", IndexSchema.Month, "Month");
    public static readonly FacetDefinition Sentiment = new("sentiment", IndexSchema.Sentiment, "Sentiment");

    public static readonly IReadOnlyList<FacetDefinition> All = [Theme, Locality, Channel, ServiceArea, Month, Sentiment];

    /// <summary>The facet's place in <see cref="All"/>, where per-facet arrays keep it.</summary>
    public static int IndexOf(FacetDefinition facet)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], facet)) return i;
        }
        throw new ArgumentException($"Unknown facet {facet.Key}.", nameof(facet));
    }

    public static int IndexOfField(string field)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Field == field) return i;
        }
        throw new ArgumentException($"No facet counts the field {field}.", nameof(field));
    }
}
