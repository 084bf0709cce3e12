using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>
/// An action for staff: its wording, the feedback behind it (link by numbers or references, unlink), its full
/// history, and Our Voice's scrutiny comments, which staff answer here.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(ActionStore actions, ActionCommentStore comments, ItemReferenceStore references, AuditStore audit,
    IBackgroundJobClient jobs, ProjectStore projects, EmergingFlagStore flags) : PageModel
{
    public FeedbackAction Action { get; private set; } = null!;
    public IReadOnlyList<LinkedItem> Items { get; private set; } = [];
    public IReadOnlyList<LinkedIssue> Issues { get; private set; } = [];
    public IReadOnlyList<ActionHistoryEntry> History { get; private set; } = [];
    public IReadOnlyList<ActionComment> Comments { get; private set; } = [];
    /// <summary>The names of the projects, items and issues the history mentions.</summary>
    public HistoryText.Lookup HistoryNames { get; private set; } = HistoryText.Lookup.None;

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }
    [BindProperty] public string? LinkItems { get; set; }
    [BindProperty] public string? Answer { get; set; }
    [BindProperty] public long? CommentId { get; set; }

    /// <summary>Asked for: the lines as people gave them (raw-text permission only; each view is audited).</summary>
    [BindProperty(SupportsGet = true)] public bool Raw { get; set; }
    public (string? YouSaid, string? WeWill)? LinesAsWritten { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (Raw && !User.CanSeeRawText()) return Forbid();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Raw && await actions.FindLinesAsWrittenAsync(id, ct) is { } lines && (lines.YouSaid is not null || lines.WeWill is not null))
        {
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "raw-text-viewed", $"action:{id}", null,
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            LinesAsWritten = lines;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var tokens = ItemReferenceStore.Tokens(LinkItems);
        if (tokens.Count == 0)
        {
            ModelState.AddModelError(nameof(LinkItems), "Enter the numbers or references of the feedback items to link");
            return Page();
        }
        var (ids, unknown) = await references.ResolveAsync(tokens, ct);
        if (unknown.Count > 0)
        {
            ModelState.AddModelError(nameof(LinkItems), $"There is no feedback item {string.Join(", ", unknown.Take(10))}. Check the numbers and references; nothing was linked");
            return Page();
        }
        var added = await actions.LinkItemsAsync(id, ids, User.UserId(), User.Identity!.Name!, ct);
        await AuditAsync(id, "action-items-linked", new { items = ids.Count, added = added.Count }, ct);
        return Redirect($"/actions/{id}?done=linked");
    }

    public async Task<IActionResult> OnPostUnlinkAsync(long id, long itemId, CancellationToken ct)
    {
        if (await actions.UnlinkItemAsync(id, itemId, User.UserId(), User.Identity!.Name!, ct))
        {
            await AuditAsync(id, "action-item-unlinked", new { item = itemId }, ct);
        }
        return Redirect($"/actions/{id}?done=unlinked");
    }

    public async Task<IActionResult> OnPostAnswerAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var key = $"Answer-{CommentId}";
        if (CommentId is null || Comments.All(c => c.Id != CommentId)) return NotFound();
        if (string.IsNullOrWhiteSpace(Answer)) ModelState.AddModelError(key, "Enter your answer");
        else if (Answer.Length > 4000) ModelState.AddModelError(key, "Answer must be 4,000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        if (await comments.AnswerAsync(id, CommentId.Value, Answer!, User.UserId()!.Value, ct))
        {
            await AuditAsync(id, "scrutiny-comment-answered", new { comment = CommentId }, ct);
        }
        return Redirect($"/actions/{id}?done=answered");
    }

    public async Task<IActionResult> OnPostDiscardAsync(long id, CancellationToken ct)
    {
        if (await actions.DiscardDraftAsync(id, User.UserId(), User.Identity!.Name!, ct)) await AuditAsync(id, "action-draft-discarded", new { }, ct);
        return Redirect("/actions/drafts?done=discarded");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var action = await actions.FindAsync(id, ct);
        if (action is null || action.Status == ActionStatus.Discarded) return false;
        Action = action;
        Items = await actions.ListItemsAsync(id, 500, ct);
        Issues = await actions.ListIssuesAsync(id, ct);
        History = await actions.HistoryAsync(id, ct);
        Comments = await comments.ListAsync(id, ct);
        var (projectIds, itemIds, flagIds) = HistoryText.Mentioned(History.Select(h => h.Changes));
        var titles = new Dictionary<long, string>();
        foreach (var p in projectIds) if (await projects.FindAsync(p, ct) is { } project) titles[p] = project.Title;
        var sentences = new Dictionary<string, string>();
        foreach (var f in flagIds) if (await flags.FindAsync(f, ct) is { } flag) sentences[f] = flag.Sentence;
        HistoryNames = new(titles, await references.DescribeAsync(itemIds, ct), sentences);
        return true;
    }

    private async Task AuditAsync(long id, string what, object details, CancellationToken ct)
    {
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, what, $"action:{id}", details, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        jobs.SweepSoon();
    }
}
