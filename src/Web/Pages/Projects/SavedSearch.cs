using System.Text.Json;
using System.Text.Json.Serialization;
using VoiceHub.Search.Queries;

namespace VoiceHub.Web.Pages.Projects;

/// <summary>
/// A search linked to a project is kept as its <see cref="SearchRequest"/> in JSON and run again whenever the project
/// is shown, so it always reflects today's feedback. Unknown properties are ignored, so requests saved before the
/// search gains filters still read.
/// </summary>
public static class SavedSearch
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static string Serialise(SearchRequest request) => JsonSerializer.Serialize(request with { Page = 1 }, Json);

    public static SearchRequest Read(string json) => JsonSerializer.Deserialize<SearchRequest>(json, Json) ?? new SearchRequest();

    /// <summary>In words, for the page: <c>“respite” · themes: Feeling safe · from 1 January 2026</c>; <c>"day centre" · …</c> as typed.</summary>
    public static string Describe(SearchRequest r)
    {
        var parts = new List<string>();
        // The words as typed: a phrase search already has its quotes ("day centre", not ""day centre"").
        parts.Add(string.IsNullOrWhiteSpace(r.Query) ? "all feedback" : r.Query.Contains('"') ? r.Query.Trim() : $"\u201c{r.Query.Trim()}\u201d");
        if (r.Themes.Count > 0) parts.Add("themes: " + string.Join(", ", r.Themes));
        if (r.Localities.Count > 0) parts.Add("localities: " + string.Join(", ", r.Localities));
        if (r.Channels.Count > 0) parts.Add("channels: " + string.Join(", ", r.Channels.Select(Core.Model.Channels.DisplayNameOf)));
        if (r.ServiceAreas.Count > 0) parts.Add("service areas: " + string.Join(", ", r.ServiceAreas));
        if (r.Months.Count > 0) parts.Add("months: " + string.Join(", ", r.Months));
        if (r.Sentiments.Count > 0) parts.Add("sentiment: " + string.Join(", ", r.Sentiments));
        if (r.From is not null) parts.Add("from " + Infrastructure.UkTime.Date(r.From));
        if (r.To is not null) parts.Add("to " + Infrastructure.UkTime.Date(r.To));
        return string.Join(" · ", parts);
    }

    /// <summary>The staff search page showing the same request.</summary>
    public static string SearchPageUrl(SearchRequest r) => Search.SearchParameters.Url(r);
}
