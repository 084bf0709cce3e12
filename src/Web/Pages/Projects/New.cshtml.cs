using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Projects;

[Authorize(Policy = Policies.Staff)]
public sealed class NewModel(ProjectStore projects, AuditStore audit, LocalityStore localities, ThemeStore themes)
    : ProjectFormModel(localities, themes)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Status = ProjectStatus.Proposed;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var input = Validate();
        if (input is null) return Page();
        var id = await projects.CreateAsync(input, User.UserId(), ct);
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "project-created", $"project:{id}", new { published = input.Published },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return Redirect($"/projects/{id}");
    }
}
