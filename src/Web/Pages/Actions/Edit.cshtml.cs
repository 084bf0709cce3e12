using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>Changes an action; for a draft this is "edit and accept": saving it gives it a reviewed status.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(ActionStore actions, ProjectStore projects, AuditStore audit, IBackgroundJobClient jobs) : ActionFormModel(projects)
{
    public long Id { get; private set; }
    public bool IsDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var action = await actions.FindAsync(id, ct);
        if (action is null || action.Status == ActionStatus.Discarded) return NotFound();
        Fill(action);
        await LoadChoicesAsync(ct);
        (Id, IsDraft) = (id, action.Status == ActionStatus.Draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var before = await actions.FindAsync(id, ct);
        if (before is null || before.Status == ActionStatus.Discarded) return NotFound();
        await LoadChoicesAsync(ct);
        (Id, IsDraft) = (id, before.Status == ActionStatus.Draft);
        var input = Validate();
        if (input is null) return Page();
        var changes = await actions.UpdateAsync(id, input, User.UserId(), User.Identity!.Name!, IsDraft ? "draft accepted" : "edited", ct);
        if (changes is { Count: > 0 })
        {
            await audit.AppendAsync(User.UserId(), User.Identity!.Name!, IsDraft ? "action-draft-accepted" : "action-changed", $"action:{id}",
                new { fields = changes.Keys, status = new { from = before.Status, to = input.Status }, published = new { from = before.Published, to = input.Published } },
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            jobs.SweepSoon();
        }
        return Redirect($"/actions/{id}?done=saved");
    }
}
