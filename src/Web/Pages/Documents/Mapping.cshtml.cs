using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Parsers.Tables;
using VoiceHub.Ingest.Redaction;
using VoiceHub.Ingest.Sandbox;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Documents;

/// <summary>
/// The survey mapping step, before anything is stored: staff see each column with a few (redacted) answers and say
/// what it holds, starting from the mapping remembered for these headers or the detected one. The choice is
/// remembered for later exports of the same survey. A column of personal details is never read: staff are told why,
/// and choosing it as text, a date or anything else stored is refused.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MappingModel(DocumentStore documents, SurveyMappingStore mappings, ParseSandbox sandbox, IBackgroundJobClient jobs) : PageModel
{
    public Document Document { get; private set; } = null!;
    public Table? Table { get; private set; }
    public bool Remembered { get; private set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var details = UploadDetails.Parse(Document.Metadata);
        var remembered = await mappings.FindAsync(SurveyColumns.Signature(Table!), ct);
        Remembered = remembered is not null;
        Roles = DocumentParsers.Roles(Table!, details, remembered).Select(SurveyColumns.Code).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var roles = SurveyColumns.FromCodes(Roles, Table!.Headers.Length);
        if (roles is null)
        {
            ModelState.AddModelError("Role-0", "Select what each column holds");
            Roles = [.. Enumerable.Repeat("ignore", Table.Headers.Length)];
            return Page();
        }
        for (var c = 0; c < roles.Length; c++)
        {
            if (!PersonalColumns.MayRead(roles[c]) && PersonalColumns.IsPersonal(Table, c))
            {
                ModelState.AddModelError($"Role-{c}", $"{PersonalColumns.Reason(Table.Headers[c])}: select 'Name or contact details: never stored' or 'Ignore'");
            }
        }
        if (!ModelState.IsValid) return Page();
        if (!roles.Contains(ColumnRole.FreeText))
        {
            ModelState.AddModelError("Role-0", "Select at least one column of free text: what people said");
            return Page();
        }

        var codes = roles.Select(SurveyColumns.Code).ToArray();
        await mappings.SaveAsync(SurveyColumns.Signature(Table), Table.Headers, codes, User.UserId(), ct);
        var details = UploadDetails.Parse(Document.Metadata) with { Mapping = codes };
        if (await documents.RequeueAsync(id, details.ToJson(), ct))
        {
            jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
        }
        return RedirectToPage("Details", new { id, uploaded = "new" });
    }

    /// <summary>Why VoiceHub will not read the column, when it holds personal details; else null.</summary>
    public string? PersonalReason(int column) => PersonalColumns.IsPersonal(Table!, column) ? PersonalColumns.Reason(Table!.Headers[column]) : null;

    /// <summary>A few answers from the column, redacted and cut short, so staff can tell what it holds.</summary>
    public IEnumerable<string> Samples(int column) => Table!.Rows.Select(r => r.Cell(column)).Where(v => v.Length > 0).Distinct().Take(3)
        .Select(v => Redactor.Redact(v.Length > 80 ? v[..80] + "…" : v));

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        Document = document;
        if (document.Status != DocumentStatus.NeedsMapping) return RedirectToPage("Details", new { id });
        // The survey is untrusted: its table is read in the bounded parsing process, as the ingest job reads it.
        var run = await sandbox.ParseAsync(document, await documents.GetBytesAsync(id, ct) ?? [], tableOnly: true, ct);
        if (run.Result.Table is not { } table)
        {
            // Nothing to map: the file itself cannot be read. Record why; the document page says so.
            await documents.MarkFailedAsync(id, run.Result.Error ?? $"{document.FileName} could not be read.", [], ct);
            return RedirectToPage("Details", new { id });
        }
        Table = table;
        return null;
    }
}
