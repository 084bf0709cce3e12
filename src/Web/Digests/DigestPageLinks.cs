using VoiceHub.Analysis.Digest;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Pages.Search;

namespace VoiceHub.Web.Digests;

/// <summary>The digest's links inside the app (or absolute, under the hub's public address, for emails).</summary>
public static class DigestPageLinks
{
    public static DigestLinks For(string week, IReadOnlyDictionary<string, string>? statuses, string baseUrl = "") => new()
    {
        Search = s => baseUrl + SearchUrl(s),
        Flag = id => $"{baseUrl}/emerging/{Uri.EscapeDataString(id)}",
        Item = id => $"{baseUrl}/items/{id}",
        Topic = id => $"{baseUrl}/emerging/topics/{Uri.EscapeDataString(id)}",
        Action = id => $"{baseUrl}/actions/{id}",
        Trends = theme => $"{baseUrl}/trends?theme={Uri.EscapeDataString(theme)}&to={week}",
        SavedSearches = $"{baseUrl}/search/saved",
        Coverage = $"{baseUrl}/coverage?to={week}",
        FlagStatus = id => statuses?.GetValueOrDefault(id),
    };

    /// <summary>The search page showing a finding's feedback, with the search page's own parameters.</summary>
    public static string SearchUrl(SearchLink s) => SearchParameters.Url(new SearchRequest
    {
        Query = s.Query,
        Themes = s.Theme is null ? [] : [s.Theme],
        Localities = s.Locality is null ? [] : [s.Locality],
        Channels = s.Channel is null ? [] : [s.Channel],
        ServiceAreas = s.ServiceArea is null ? [] : [s.ServiceArea],
        From = s.From,
        To = s.To,
    });
}
