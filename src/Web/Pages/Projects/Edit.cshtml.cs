using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Projects;

[Authorize(Policy = Policies.Staff)]
public sealed class EditModel(ProjectStore projects, AuditStore audit, LocalityStore localities, ThemeStore themes)
    : ProjectFormModel(localities, themes)
{
    public long Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var project = await projects.FindAsync(id, ct);
        if (project is null) return NotFound();
        await LoadChoicesAsync(ct);
        Id = id;
        Fill(project);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var before = await projects.FindAsync(id, ct);
        if (before is null) return NotFound();
        await LoadChoicesAsync(ct);
        Id = id;
        var input = Validate();
        if (input is null) return Page();
        await projects.UpdateAsync(id, input, ct);
        await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "project-changed", $"project:{id}",
            new { status = new { from = before.Status, to = input.Status }, published = new { from = before.Published, to = input.Published } },
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        return Redirect($"/projects/{id}");
    }
}
