using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Documents;

[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(DocumentStore documents) : PageModel
{
    public IReadOnlyList<Document> Documents { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Deleted { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Documents = await documents.ListRecentAsync(200, ct);
}
