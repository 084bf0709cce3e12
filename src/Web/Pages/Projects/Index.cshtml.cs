using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Projects;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(ProjectStore projects) : PageModel
{
    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Projects = await projects.ListAsync(publishedOnly: false, ct);
}
