using System.Globalization;
using VoiceHub.Search.Facets;

namespace VoiceHub.Search.Queries;

/// <summary>
/// The JSON shape of results, shared by <c>GET /api/search</c> and <c>voicehub search --json</c> so scripts can use
/// either: hits with <c>id, reference, text, snippet, themes, locality, channel, date, score</c> (plus service areas and
/// sentiment), and facets as <c>{"theme":[{"value","label","count","selected"}…],…}</c>. Add keys; never rename them.
/// </summary>
public static class SearchResultsJson
{
    public static object Hit(SearchHit h) => new
    {
        id = h.Id,
        reference = h.Reference,
        text = h.Text,
        snippet = h.Snippet,
        themes = h.Themes,
        locality = h.Locality,
        channel = h.Channel,
        date = h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        score = h.Score,
        serviceAreas = h.ServiceAreas,
        sentiment = h.Sentiment,
        byMeaning = h.ByMeaning,
    };

    public static Dictionary<string, object> Facets(IReadOnlyList<FacetResult> facets) =>
        facets.ToDictionary(f => f.Facet.Key,
            f => (object)f.Values.Select(v => new { value = v.Value, label = v.Label, count = v.Count, selected = v.Selected }).ToList());
}
