using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Projects;

/// <summary>
/// Links feedback to a project: single items (numbers or reference codes, pasted or passed as <c>?items=1,2</c>), a
/// whole search (the search page's own parameters, <see cref="Search.SearchParameters"/>, kept as the request and run
/// live), or an emerging issue (<c>?issue=flag-id</c>). The item and search pages link here.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LinkModel(ProjectStore projects, ItemReferenceStore references, SearchService search, AuditStore audit,
    IBackgroundJobClient jobs) : PageModel
{
    public Project Project { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Items { get; set; }
    [BindProperty] public string? Label { get; set; }
    [BindProperty(SupportsGet = true)] public string? Issue { get; set; }

    /// <summary>The search to link, read from the URL (from the search page) or the form, as the search page reads it.</summary>
    public SearchRequest SearchToLink { get; private set; } = new();

    private IReadOnlyDictionary<string, string> _searchErrors = new Dictionary<string, string>();

    public SearchResults? Preview { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (HasSearch) Preview = search.Search(SearchToLink with { PageSize = 1 });
        return Page();
    }

    public async Task<IActionResult> OnPostItemsAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var tokens = ItemReferenceStore.Tokens(Items);
        if (tokens.Count == 0)
        {
            ModelState.AddModelError(nameof(Items), "Enter the numbers or references of the feedback items to link");
            return Page();
        }
        var (ids, unknown) = await references.ResolveAsync(tokens, ct);
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(Items), $"There is no feedback item {string.Join(", ", unknown.Take(10))}. Check the numbers and references; nothing was linked");
            return Page();
        }
        var added = await projects.LinkItemsAsync(id, ids, User.UserId(), ct);
        await AuditAsync(id, "project-items-linked", new { items = ids.Count, added }, ct);
        return Redirect($"/projects/{id}?done=linked");
    }

    public async Task<IActionResult> OnPostSearchAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!HasSearch) ModelState.AddModelError("q", "Enter words to search for, or choose filters, to link a search");
        if (_searchErrors.Count > 0) ModelState.AddModelError("q", "Dates in the search must be real dates, like 2026-01-31");
        if (string.IsNullOrWhiteSpace(Label)) ModelState.AddModelError(nameof(Label), "Enter a name for this search");
        else if (Label.Length > 200) ModelState.AddModelError(nameof(Label), "Name must be 200 characters or fewer");
        if (!ModelState.IsValid)
        {
            if (HasSearch) Preview = search.Search(SearchToLink with { PageSize = 1 });
            return Page();
        }
        var searchId = await projects.LinkSearchAsync(id, Label!.Trim(), SavedSearch.Serialise(SearchToLink), User.UserId(), ct);
        await AuditAsync(id, "project-search-linked", new { search = searchId }, ct);
        return Redirect($"/projects/{id}?done=linked");
    }

    public async Task<IActionResult> OnPostIssueAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Issue) || Issue.Length > 200)
        {
            ModelState.AddModelError(nameof(Issue), "There is no emerging issue to link");
            return Page();
        }
        await projects.LinkIssueAsync(id, Issue, User.UserId(), ct);
        await AuditAsync(id, "project-issue-linked", new { issue = Issue.Trim() }, ct);
        return Redirect($"/projects/{id}?done=linked");
    }

    public bool HasSearch => !string.IsNullOrWhiteSpace(SearchToLink.Query) || SearchToLink.HasFilters;

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null) return false;
        Project = project;
        var parameters = Search.SearchParameters.Read(k => Request.HasFormContentType ? Request.Form[k] : Request.Query[k]);
        SearchToLink = parameters.Request with { Query = parameters.Request.Query?.Trim(), Page = 1 };
        _searchErrors = parameters.Errors;
        return true;
    }

    private async Task AuditAsync(long id, string what, object details, CancellationToken ct)
    {
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, what, $"project:{id}", details, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        jobs.SweepSoon();
    }
}
