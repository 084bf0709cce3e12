using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.Erasure;

/// <summary>
/// Erasure on request (a person asks for what they said to be removed): an admin finds the item by the reference the
/// person was given, checks where it came from (never its text), and confirms. The item goes from PostgreSQL with its
/// themes, links and contact details, its tombstone makes every node's index drop it, and the stored upload's bytes
/// are emptied. The audit log records the reference and the document, not the text.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(PrivacyStore privacy, AuditStore audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public ErasureCandidate? Found { get; private set; }
    [TempData] public string? Erased { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostFindAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is null) return Page();
        return Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } found) return Page();
        if (Confirm != "yes")
        {
            ModelState.AddModelError(nameof(Confirm), "Select yes to confirm that this feedback should be erased");
            return Page();
        }
        if (await privacy.EraseItemAsync(found.ItemId, ct))
        {
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "feedback-erased", found.Reference,
                new { item = found.ItemId, document = found.DocumentId, channel = found.Channel, contact = found.HasContact },
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
        Erased = ReferenceCode.Format(found.Reference);
        return RedirectToPage();
    }

    private async Task<ErasureCandidate?> FindAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reference))
        {
            ModelState.AddModelError(nameof(Reference), "Enter the reference of the feedback to erase");
            return null;
        }
        var code = ReferenceCode.Normalise(Reference);
        Found = code is null ? null : await privacy.FindAsync(code, ct);
        if (Found is null) ModelState.AddModelError(nameof(Reference), "There is no feedback with that reference. Check it and try again");
        return Found;
    }
}
