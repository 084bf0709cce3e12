using System.Globalization;
using Microsoft.Extensions.Primitives;
using VoiceHub.Search.Facets;
using VoiceHub.Search.Queries;

namespace VoiceHub.Web.Pages.Search;

/// <summary>
/// A search as URL (or form) parameters, shared by the search page, its export and <c>GET /api/search</c>:
/// <c>q</c>, <c>theme</c>, <c>locality</c>, <c>channel</c>, <c>serviceArea</c>, <c>month</c>, <c>sentiment</c> (each
/// repeatable), <c>from</c> and <c>to</c> (<c>yyyy-mm-dd</c>, or the page's day, month and year boxes
/// <c>from-day</c>, <c>from-month</c>, <c>from-year</c>), <c>sort</c>, <c>page</c>, <c>pageSize</c> and <c>exact</c>
/// (<c>true</c>: words only, not also feedback that means the same).
/// </summary>
public sealed record SearchParameters(SearchRequest Request, IReadOnlyDictionary<string, string> Errors, bool Asked)
{
    public static SearchParameters Read(Func<string, StringValues> get)
    {
        var errors = new Dictionary<string, string>();
        // Named as the page labels the boxes ("Given on or after"), so the message and the field agree.
        var from = Date(get, "from", "Given on or after", errors);
        var to = Date(get, "to", "Given on or before", errors);
        if (from is not null && to is not null && to < from)
        {
            errors["to-day"] = "Given on or before must be the same as or after the given on or after date";
            to = null;
        }
        var query = get("q").ToString();
        var request = new SearchRequest
        {
            Query = query,
            Themes = Values(get, FacetCatalog.Theme.Key),
            Localities = Values(get, FacetCatalog.Locality.Key),
            Channels = Values(get, FacetCatalog.Channel.Key),
            ServiceAreas = Values(get, FacetCatalog.ServiceArea.Key),
            Months = Values(get, FacetCatalog.Month.Key),
            Sentiments = Values(get, FacetCatalog.Sentiment.Key),
            From = from,
            To = to,
            Sort = SearchRequest.ParseSort(get("sort")),
            Page = int.TryParse(get("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1,
            PageSize = int.TryParse(get("pageSize"), NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : 20,
            Exact = get("exact").ToString().Trim().ToLowerInvariant() is "true" or "1" or "on" or "yes",
        };
        // Asked: a search was submitted (even an empty one), rather than the page first opened.
        return new SearchParameters(request, errors, get("q").Count > 0 || request.HasFilters);
    }

    /// <summary>The URL of this search (page 1 unless <paramref name="page"/>), as the page's links use.</summary>
    public static string Url(SearchRequest r, int? page = null, string path = "/search")
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(r.Query ?? "") };
        foreach (var facet in FacetCatalog.All)
        {
            parts.AddRange(r.Chosen(facet).Select(v => facet.Key + "=" + Uri.EscapeDataString(v)));
        }
        if (r.From is { } f) parts.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (r.To is { } t) parts.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (r.Sort != SearchSort.Relevance) parts.Add("sort=" + SearchRequest.SortName(r.Sort));
        if (r.Exact) parts.Add("exact=true");
        if (page is > 1) parts.Add("page=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return path + "?" + string.Join('&', parts);
    }

    /// <summary>Every parameter of the search as name/value pairs: for the hidden fields of the export and save forms.</summary>
    public static IEnumerable<(string Name, string Value)> Fields(SearchRequest r)
    {
        yield return ("q", r.Query ?? "");
        foreach (var facet in FacetCatalog.All)
        {
            foreach (var v in r.Chosen(facet)) yield return (facet.Key, v);
        }
        if (r.From is { } f) yield return ("from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (r.To is { } t) yield return ("to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return ("sort", SearchRequest.SortName(r.Sort));
        if (r.Exact) yield return ("exact", "true");
    }

    private static IReadOnlyList<string> Values(Func<string, StringValues> get, string key) =>
        get(key).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();

    /// <summary>A date from <c>{key}</c> (ISO) or the three boxes <c>{key}-day</c>, <c>-month</c>, <c>-year</c>.</summary>
    private static DateOnly? Date(Func<string, StringValues> get, string key, string label, Dictionary<string, string> errors)
    {
        string day = get(key + "-day").ToString().Trim(), month = get(key + "-month").ToString().Trim(), year = get(key + "-year").ToString().Trim();
        if (day.Length + month.Length + year.Length > 0)
        {
            if (day.Length == 0 || month.Length == 0 || year.Length == 0)
            {
                var missing = new[] { ("day", day), ("month", month), ("year", year) }.Where(p => p.Item2.Length == 0).Select(p => p.Item1);
                errors[key + "-day"] = $"{label} must include a {string.Join(" and ", missing)}";
                return null;
            }
            if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
                && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && y is >= 1900 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new DateOnly(y, m, d);
            }
            errors[key + "-day"] = $"{label} must be a real date";
            return null;
        }
        var iso = get(key).ToString().Trim();
        if (iso.Length == 0) return null;
        if (DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors[key + "-day"] = $"{label} must be a real date, like 2026-03-31";
        return null;
    }
}
