using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Actions;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>
/// Draft actions from Listening Space notes ("You said, we will"), to accept as planned, edit, or discard. Accepting
/// never publishes: staff choose that on the action.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DraftsModel(ActionStore actions, AuditStore audit, IBackgroundJobClient jobs) : PageModel
{
    public IReadOnlyList<FeedbackAction> Drafts { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Drafts = await actions.ListDraftsAsync(ct);

    public async Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct)
    {
        var draft = await actions.FindAsync(id, ct);
        if (draft is null || draft.Status != ActionStatus.Draft) return Redirect("/actions/drafts");
        var input = ActionInput.From(draft) with { Status = ActionStatus.Planned, Published = false };
        if (ActionRules.Validate(input).Count > 0) return Redirect($"/actions/{id}/edit"); // needs words before it can be accepted
        await actions.UpdateAsync(id, input, User.UserId(), User.Identity!.Name!, "draft accepted", ct);
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "action-draft-accepted", $"action:{id}", new { }, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        jobs.SweepSoon();
        return Redirect("/actions/drafts?done=accepted");
    }

    public async Task<IActionResult> OnPostDiscardAsync(long id, CancellationToken ct)
    {
        if (await actions.DiscardDraftAsync(id, User.UserId(), User.Identity!.Name!, ct))
        {
            await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "action-draft-discarded", $"action:{id}", new { }, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
        return Redirect("/actions/drafts?done=discarded");
    }
}
