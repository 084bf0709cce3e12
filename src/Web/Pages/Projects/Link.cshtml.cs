using System.Globalization;
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
/// whole search (<c>?q=…&amp;theme=…&amp;locality=…&amp;channel=…&amp;from=2026-01-01&amp;to=…&amp;sort=newest</c>, kept as
/// the request and run live), or an emerging issue (<c>?issue=flag-id</c>). The item and search pages link here.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class LinkModel(ProjectStore projects, ItemReferenceStore references, SearchService search, AuditStore audit,
    IBackgroundJobClient jobs) : PageModel
{
    public Project Project { get; private set; } = null!;

    [BindProperty(SupportsGet = true)] public string? Items { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public List<string> Themes { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "locality")] public List<string> Localities { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "channel")] public List<string> Channels { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty] public string? Label { get; set; }
    [BindProperty(SupportsGet = true)] public string? Issue { get; set; }

    public SearchRequest SearchToLink => new()
    {
        Query = Query?.Trim(),
        Themes = Themes,
        Localities = Localities,
        Channels = Channels,
        From = Date(From),
        To = Date(To),
        Sort = Enum.TryParse<SearchSort>(Sort, ignoreCase: true, out var s) ? s : SearchSort.Relevance,
    };

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
        if ((From is { Length: > 0 } && Date(From) is null) || (To is { Length: > 0 } && Date(To) is null))
        {
            ModelState.AddModelError("q", "Dates in the search must be real dates, like 2026-01-31");
        }
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

    public bool HasSearch => !string.IsNullOrWhiteSpace(Query) || Themes.Count > 0 || Localities.Count > 0 || Channels.Count > 0
                             || Date(From) is not null || Date(To) is not null;

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null) return false;
        Project = project;
        return true;
    }

    private async Task AuditAsync(long id, string what, object details, CancellationToken ct)
    {
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, what, $"project:{id}", details, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        jobs.SweepSoon();
    }

    private static DateOnly? Date(string? s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
