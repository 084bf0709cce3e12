using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Demo;

namespace VoiceHub.Web.Pages.Admin.DemoData;

/// <summary>
/// The demo council: what was loaded, and one button that removes every demo row (documents with their items, which
/// leave the search index through their tombstones; projects, actions, the flags and digests built from them) and
/// nothing else. The removal is recorded in the audit log with its counts, and the demo data never loads again.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(DemoDataStore demo, DemoDataBanner banner, AuditStore audit) : PageModel
{
    public DemoDataState? State { get; private set; }
    public bool Present { get; private set; }
    [TempData] public string? Removed { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        State = await demo.StateAsync(ct);
        Present = await demo.AnyAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var removal = await demo.RemoveAsync(User.UserId(), ct);
        banner.Forget();
        await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "demo-data-removed", "demo-data", removal,
            HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        Removed = $"{removal.Items:N0} feedback items from {removal.Documents:N0} documents, {removal.Projects:N0} projects, " +
                  $"{removal.Actions:N0} actions and {removal.Digests:N0} digests";
        return RedirectToPage();
    }
}
