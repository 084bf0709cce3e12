using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Documents;

[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(DocumentStore documents, ItemStore items) : PageModel
{
    public Document Document { get; private set; } = null!;
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public IReadOnlyList<FeedbackItem> Preview { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Uploaded { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        Document = document;
        Warnings = JsonSerializer.Deserialize<List<string>>(document.Warnings) ?? [];
        Preview = await items.ListForDocumentAsync(id, 20, ct);
        return Page();
    }
}
