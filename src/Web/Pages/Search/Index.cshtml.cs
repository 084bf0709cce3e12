using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Stores;
using VoiceHub.Search;
using VoiceHub.Search.Export;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Search;

/// <summary>
/// The search page: words, facets (each counting as if its own choices were not made), a date range, order and pages;
/// and from it, export the results to CSV (recorded in the audit log) or save the search by name.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(SearchService search, IndexHolder indexes, SavedSearchStore savedSearches, AuditStore audit, ItemLinkStore links, TimeProvider clock) : PageModel
{
    /// <summary>Projects this search can be linked to (the project's link page confirms it).</summary>
    public IReadOnlyList<(long Id, string Title)> OpenProjects { get; private set; } = [];

    public const int MaxNameLength = 200;

    public SearchRequest Criteria { get; private set; } = new();
    public SearchResults? Results { get; private set; }
    public bool IndexRebuilding => indexes.Current.Rebuilding;
    public string? RebuildReason => indexes.Current.RebuildReason;

    [BindProperty]
    public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Run();
        if (Results is { Total: > 0 }) OpenProjects = await links.OpenProjectsAsync(ct);
    }

    /// <summary>On to the chosen project's link page with this search filled in.</summary>
    public IActionResult OnPostLink(long projectId)
    {
        var parameters = SearchParameters.Read(k => HttpContext.Request.Form[k]);
        return Redirect(SearchParameters.Url(parameters.Request, path: $"/projects/{projectId}/link"));
    }

    /// <summary>The current results as CSV: the first <see cref="SearchService.MaxResultWindow"/> in the order shown.</summary>
    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var parameters = SearchParameters.Read(k => HttpContext.Request.Form[k]);
        Criteria = parameters.Request;
        var results = search.Export(Criteria);
        await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "search-export", null,
            new { query = Criteria.Query, filters = Criteria.ToFilters(), rows = results.Hits.Count, total = results.Total },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);

        var site = $"{HttpContext.Request.Scheme}://{HttpContext.Request.Host}";
        await using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            await SearchCsv.WriteAsync(writer, results.Hits, h => $"{site}/items/{h.Id}", ct);
        }
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"voicehub-search-{Core.Reporting.LondonTime.Today(clock):yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var parameters = SearchParameters.Read(k => HttpContext.Request.Form[k]);
        Criteria = parameters.Request;
        var name = Name?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError(nameof(Name), "Enter a name for this search");
        else if (name.Length > MaxNameLength) ModelState.AddModelError(nameof(Name), $"Name must be {MaxNameLength} characters or fewer");
        else if (User.UserId() is { } userId)
        {
            var id = await savedSearches.CreateAsync(userId, name, Criteria.Query ?? "", Criteria.ToFilters(), ct);
            if (id is not null) return Redirect("/search/saved?saved=" + id);
            ModelState.AddModelError(nameof(Name), $"You already have a saved search called ‘{name}’. Choose another name");
        }
        Run(parameters);
        return Page();
    }

    private void Run(SearchParameters? parameters = null)
    {
        parameters ??= SearchParameters.Read(k => HttpContext.Request.Query[k]);
        Criteria = parameters.Request;
        foreach (var (key, message) in parameters.Errors) ModelState.AddModelError(key, message);
        if (!parameters.Asked) return; // first visit: just the search box
        Results = search.Search(Criteria);
    }

    public string PageUrl(int? page = null) => SearchParameters.Url(Criteria, page);

    /// <summary>This search without one chosen value: the link that removes that filter.</summary>
    public string UrlWithout(string facetKey, string value) => SearchParameters.Url(facetKey switch
    {
        "theme" => Criteria with { Themes = Criteria.Themes.Where(v => v != value).ToList() },
        "locality" => Criteria with { Localities = Criteria.Localities.Where(v => v != value).ToList() },
        "channel" => Criteria with { Channels = Criteria.Channels.Where(v => v != value).ToList() },
        "serviceArea" => Criteria with { ServiceAreas = Criteria.ServiceAreas.Where(v => v != value).ToList() },
        "month" => Criteria with { Months = Criteria.Months.Where(v => v != value).ToList() },
        "sentiment" => Criteria with { Sentiments = Criteria.Sentiments.Where(v => v != value).ToList() },
        "from" => Criteria with { From = null },
        "to" => Criteria with { To = null },
        _ => Criteria,
    });

    public string ClearFiltersUrl => SearchParameters.Url(new SearchRequest { Query = Criteria.Query, Sort = Criteria.Sort });
}
