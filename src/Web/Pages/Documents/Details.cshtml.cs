using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Documents;

/// <summary>One document for staff: its status and counts, per-row warnings, the first items, draft actions, and retry.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(DocumentStore documents, ItemStore items, DraftActionStore drafts, FeedbackContactStore contacts,
    AuditStore audit, IBackgroundJobClient jobs) : PageModel
{
    public Document Document { get; private set; } = null!;
    public UploadDetails Details { get; private set; } = new();
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public IReadOnlyList<FeedbackItem> Preview { get; private set; } = [];
    public IReadOnlyList<DraftAction> DraftActions { get; private set; } = [];
    public string? ContactEmail { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Uploaded { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        Document = document;
        Details = UploadDetails.Parse(document.Metadata);
        Warnings = JsonSerializer.Deserialize<List<string>>(document.Warnings) ?? [];
        Preview = await items.ListForDocumentAsync(id, 20, ct);
        DraftActions = await drafts.ListForDocumentAsync(id, ct);
        // A contact email is personal data: only staff allowed raw text see it, and each sight is audited.
        if (document.Channel == Channel.OnlineForm.Code() && User.CanSeeRawText())
        {
            ContactEmail = await contacts.FindForDocumentAsync(id, ct);
            if (ContactEmail is not null)
            {
                await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "contact-viewed", $"document:{id}", null,
                    HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        if (document.Status == DocumentStatus.Failed && await documents.RequeueAsync(id, "{}", ct))
        {
            jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
            await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "document-retried", $"document:{id}", null,
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        }
        return RedirectToPage(new { id, uploaded = "retried" });
    }
}
