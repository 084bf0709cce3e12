using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Documents;

/// <summary>
/// Deletes a document and every item from it, after staff confirm. Each removed item leaves a tombstone, which every
/// node's index follower reads to drop it from search. The deletion is audited.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DeleteModel(DocumentStore documents, AuditStore audit) : PageModel
{
    public Document Document { get; private set; } = null!;

    [TempData]
    public string? Deleted { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        Document = document;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        var removed = await documents.DeleteAsync(id, ct);
        if (removed is { } count)
        {
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "document-deleted", $"document:{id}",
                new { channel = document.Channel, items = count, sha256 = document.Sha256 }, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            Deleted = $"{document.FileName} and its {count} {(count == 1 ? "item" : "items")} were deleted";
        }
        return RedirectToPage("Index");
    }
}
