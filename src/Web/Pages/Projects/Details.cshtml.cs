using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Search;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Projects;

/// <summary>
/// A project with the feedback behind it (linked items, linked searches run live, linked emerging issues), counts by
/// theme and locality over time, and its actions. Staff see redacted text only.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ProjectStore projects, ActionStore actions, SearchService search, IndexHolder index,
    AuditStore audit, IBackgroundJobClient jobs) : PageModel
{
    public const int ItemsShown = 200;
    public const int HitsShown = 5;

    public Project Project { get; private set; } = null!;
    public IReadOnlyList<LinkedItem> Items { get; private set; } = [];
    public IReadOnlyList<(LinkedSearch Link, SearchRequest Request, SearchResults Results)> Searches { get; private set; } = [];
    public IReadOnlyList<LinkedIssue> Issues { get; private set; } = [];
    public IReadOnlyList<MonthlyCount> Counts { get; private set; } = [];
    public IReadOnlyList<FeedbackAction> Actions { get; private set; } = [];
    public bool IndexRebuilding => index.Current.Rebuilding;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null) return NotFound();
        Project = project;
        Items = await projects.ListItemsAsync(id, ItemsShown, ct);
        Searches = (await projects.ListSearchesAsync(id, ct)).Select(s =>
        {
            var request = SavedSearch.Read(s.Request) with { Page = 1, PageSize = HitsShown };
            return (s, request, search.Search(request));
        }).ToList();
        Issues = await projects.ListIssuesAsync(id, ct);
        Counts = await projects.CountsByMonthAsync(id, ct);
        Actions = await actions.ListAsync(null, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUnlinkItemAsync(long id, long itemId, CancellationToken ct)
    {
        if (await projects.UnlinkItemAsync(id, itemId, ct)) await AuditAsync(id, "project-item-unlinked", new { item = itemId }, ct);
        return Redirect($"/projects/{id}?done=unlinked");
    }

    public async Task<IActionResult> OnPostUnlinkSearchAsync(long id, long searchId, CancellationToken ct)
    {
        if (await projects.UnlinkSearchAsync(id, searchId, ct)) await AuditAsync(id, "project-search-unlinked", new { search = searchId }, ct);
        return Redirect($"/projects/{id}?done=unlinked");
    }

    public async Task<IActionResult> OnPostUnlinkIssueAsync(long id, string flagId, CancellationToken ct)
    {
        if (await projects.UnlinkIssueAsync(id, flagId, ct)) await AuditAsync(id, "project-issue-unlinked", new { issue = flagId }, ct);
        return Redirect($"/projects/{id}?done=unlinked");
    }

    private async Task AuditAsync(long id, string what, object details, CancellationToken ct)
    {
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, what, $"project:{id}", details, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        jobs.SweepSoon();
    }

    /// <summary>The months shown in the "over time" tables: the latest twelve with any linked feedback.</summary>
    public IReadOnlyList<DateOnly> Months => Counts.Select(c => c.Month).Distinct().Order().TakeLast(12).ToList();
}
