using VoiceHub.Search.Queries;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Pages.Search;

namespace VoiceHub.Web.Api;

/// <summary>
/// <c>GET /api/search</c> for staff (signed in with the usual cookie): the search page's parameters (see
/// <see cref="SearchParameters"/>), answered as JSON in the shape of <see cref="SearchResultsJson"/>:
/// <c>{"total","page","pageSize","pages","sort","message","indexRebuilding","hits":[…],"facets":{…}}</c>. While the
/// index is being rebuilt, <c>indexRebuilding</c> is true and the message says results may be incomplete (a total of 0
/// then means "not indexed yet", not "nothing matches"). A date that is not a date is a 400 naming the parameter. Plain
/// words also find feedback that means the same (<c>byMeaning</c> counts those in the total, and each such hit says
/// <c>"byMeaning":true</c>); <c>exact=true</c> searches the words only.
/// </summary>
public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/search", (HttpRequest request, SearchService search) =>
        {
            var parameters = SearchParameters.Read(k => request.Query[k]);
            if (parameters.Errors.Count > 0)
            {
                return Results.Json(new
                {
                    title = "Some of the search parameters could not be read.",
                    errors = parameters.Errors.ToDictionary(e => e.Key.Replace("-day", ""), e => e.Value),
                }, statusCode: StatusCodes.Status400BadRequest);
            }
            var results = search.Search(parameters.Request);
            return Results.Json(new
            {
                total = results.Total,
                page = results.Page,
                pageSize = results.PageSize,
                pages = results.Pages,
                sort = SearchRequest.SortName(results.Sort),
                message = results.IndexRebuilding ? string.Join(" ", new[] { SearchService.RebuildingNote, results.Message }.OfType<string>()) : results.Message,
                indexRebuilding = results.IndexRebuilding,
                exact = parameters.Request.Exact,
                byMeaning = results.ByMeaning,
                hits = results.Hits.Select(SearchResultsJson.Hit),
                facets = SearchResultsJson.Facets(results.Facets),
            });
        }).RequireAuthorization(Policies.Staff);
}
