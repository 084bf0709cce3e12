using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Actions;

[Authorize(Policy = Policies.Staff)]
public sealed class NewModel(ActionStore actions, ProjectStore projects, AuditStore audit, IBackgroundJobClient jobs) : ActionFormModel(projects)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Status = ActionStatus.Planned;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var input = Validate();
        if (input is null) return Page();
        var id = await actions.CreateAsync(input, User.UserId(), User.Identity!.Name!, ct);
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "action-created", $"action:{id}", new { status = input.Status, published = input.Published },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (input.Published && input.ProjectId is not null) jobs.SweepSoon();
        return Redirect($"/actions/{id}");
    }
}
