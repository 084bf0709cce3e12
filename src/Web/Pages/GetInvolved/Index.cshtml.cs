using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.GetInvolved;

/// <summary>Public "Get involved": published projects that are not closed, and the way to join the people's bank.</summary>
[AllowAnonymous]
public sealed class IndexModel(ProjectStore projects) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";
    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Projects = (await projects.ListAsync(publishedOnly: true, ct)).Where(p => p.Status != ProjectStatus.Closed).ToList();
}
