using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Redaction;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Admin.Redaction;

/// <summary>
/// Re-redaction: when the job last ran over stored feedback, with which redactor, and what it changed; an admin can
/// start it (after the council's allow-lists change, or to check). It also runs by itself when the hub starts with a
/// newer redactor. Starting it is recorded in the audit log; its counts are recorded when it finishes.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(RedactionStore runs, AuditStore audit, IBackgroundJobClient jobs) : PageModel
{
    public IReadOnlyList<RedactionRun> Runs { get; private set; } = [];
    public int CurrentVersion => RedactorVersion.Current;
    [TempData] public bool Started { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Runs = await runs.ListAsync(10, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var id = await runs.RequestAsync(RedactorVersion.Current, User.UserId(), ct);
        await audit.AppendAsync(User.UserId(), User.Identity?.Name ?? "", "redaction-rerun-requested", $"redaction-run:{id}",
            new { redactorVersion = RedactorVersion.Current }, HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        jobs.Enqueue<RedactAgainJob>(j => j.RunAsync(id, CancellationToken.None));
        Started = true;
        return RedirectToPage();
    }
}
