using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Digests;

namespace VoiceHub.Web.Pages.Emerging;

/// <summary>
/// One emerging issue (<c>/emerging/2026-W47.theme-12.locality-3</c>) with its evidence, and its triage: watch it, link
/// it to a project or an action (through the projects' own stores), dismiss it with a reason, or mark it new again.
/// Every change is audited.
/// </summary>
public sealed class DetailsModel(EmergingFlagStore flags, DigestStore digests, ProjectStore projects, ActionStore actions, AuditStore audit) : PageModel
{
    public EmergingFlag Flag { get; private set; } = null!;
    public string Evidence { get; private set; } = "";
    public IReadOnlyList<Project> Projects { get; private set; } = [];
    public IReadOnlyList<FeedbackAction> Actions { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long? ProjectId { get; set; }
    [BindProperty] public long? ActionId { get; set; }

    /// <summary>A handler's address with the flag id as stored (routing would lower-case the week in it).</summary>
    public string Post(string handler) => $"/emerging/{Uri.EscapeDataString(Flag.Id)}?handler={handler}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostWatchAsync(string id, CancellationToken ct) => await SetAsync(id, FlagStatus.Watching, null, "watching", ct);

    public async Task<IActionResult> OnPostReopenAsync(string id, CancellationToken ct) => await SetAsync(id, FlagStatus.New, null, "reopened", ct);

    public async Task<IActionResult> OnPostDismissAsync(string id, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter why you are dismissing this issue");
        else if (Reason.Length > 500) ModelState.AddModelError(nameof(Reason), "Reason must be 500 characters or fewer");
        if (!ModelState.IsValid) return await LoadAsync(id, ct) ? Page() : NotFound();
        return await SetAsync(id, FlagStatus.Dismissed, Reason, "dismissed", ct);
    }

    public async Task<IActionResult> OnPostLinkProjectAsync(string id, CancellationToken ct)
    {
        if (await flags.FindAsync(id, ct) is null) return NotFound();
        if (ProjectId is not { } projectId || await projects.FindAsync(projectId, ct) is null)
        {
            ModelState.AddModelError(nameof(ProjectId), "Select a project");
            await LoadAsync(id, ct);
            return Page();
        }
        await projects.LinkIssueAsync(projectId, id, User.UserId(), ct);
        await AuditAsync("emerging-issue-linked", id, new { projectId }, ct);
        return Redirect($"/emerging/{Uri.EscapeDataString(id)}?done=linked");
    }

    public async Task<IActionResult> OnPostLinkActionAsync(string id, CancellationToken ct)
    {
        if (await flags.FindAsync(id, ct) is null) return NotFound();
        if (ActionId is not { } actionId || await actions.FindAsync(actionId, ct) is null)
        {
            ModelState.AddModelError(nameof(ActionId), "Select an action");
            await LoadAsync(id, ct);
            return Page();
        }
        await actions.LinkIssueAsync(actionId, id, User.UserId(), User.Identity!.Name!, ct);
        await AuditAsync("emerging-issue-linked", id, new { actionId }, ct);
        return Redirect($"/emerging/{Uri.EscapeDataString(id)}?done=linked");
    }

    private async Task<IActionResult> SetAsync(string id, string status, string? reason, string done, CancellationToken ct)
    {
        if (!await flags.SetStatusAsync(id, status, reason, User.UserId(), ct)) return NotFound();
        await AuditAsync("emerging-issue-" + status, id, new { status }, ct);
        return Redirect($"/emerging/{Uri.EscapeDataString(id)}?done={done}");
    }

    private Task AuditAsync(string action, string id, object details, CancellationToken ct) =>
        audit.AppendAsync(User.UserId(), User.Identity!.Name!, action, $"emerging:{id}", details, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await flags.FindAsync(id, ct) is not { } flag) return false;
        Flag = flag;
        Projects = await projects.ListAsync(publishedOnly: false, ct);
        Actions = await actions.ListAsync(null, null, ct);
        var issue = JsonSerializer.Deserialize<DigestContent.Issue>(flag.Evidence, DigestBuilder.Json);
        if (issue is not null && issue.Weeks is not null)
        {
            var quotes = await digests.QuoteTextsAsync(issue.Quotes.Select(q => q.ItemId).ToList(), ct);
            // The page has its own heading and triage state, so the evidence shows neither again.
            Evidence = await DigestHtml.IssueAsync(issue, flag.Week, "evidence", "Evidence", DigestPageLinks.For(flag.Week, null) with { Flag = _ => null }, quotes, level: 2);
        }
        return true;
    }
}
