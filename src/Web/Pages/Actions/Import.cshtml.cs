using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Actions;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Auth;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>
/// Bulk status update from a spreadsheet saved as CSV. Every row is checked; any problem and nothing changes, and
/// every problem is listed by row. Otherwise all rows apply together, each action's history naming the file and row.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ImportModel(ActionStore actions, AuditStore audit, IBackgroundJobClient jobs, TimeProvider clock) : PageModel
{
    public const long MaxBytes = 5 * 1024 * 1024;

    [BindProperty] public IFormFile? Upload { get; set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];
    public int? Changed { get; private set; }
    public string? FileName { get; private set; }

    private static int RowOf(string error) =>
        System.Text.RegularExpressions.Regex.Match(error, @"^Row (\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a CSV file" : "The selected file is empty");
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), "The selected file must be smaller than 5MB");
        if (!ModelState.IsValid) return Page();

        FileName = Path.GetFileName(Upload!.FileName);
        string text;
        using (var reader = new StreamReader(Upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true))
        {
            try
            {
                text = await reader.ReadToEndAsync(ct);
            }
            catch (DecoderFallbackException)
            {
                ModelState.AddModelError(nameof(Upload), $"{FileName} is not a CSV file saved as UTF-8. In your spreadsheet, choose Save as, then CSV UTF-8");
                return Page();
            }
        }

        var (rows, parseErrors) = ActionStatusCsv.Parse(FileName, text);
        var today = Core.Reporting.LondonTime.Today(clock);
        var (changed, errors) = await actions.ApplyStatusUpdatesAsync(rows, FileName, today, User.UserId(), User.Identity!.Name!, ct,
            checkOnly: parseErrors.Count > 0);
        if (parseErrors.Count == 0 && errors.Count == 0)
        {
            Changed = changed;
            await audit.AppendAsync(User.UserId(), User.Identity!.Name!, "actions-bulk-updated", null, new { file = FileName, rows = rows.Count, changed },
                HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
            if (changed > 0) jobs.SweepSoon();
            return Page();
        }
        // Every problem in the file at once, in row order, so one round of fixes is enough.
        errors = [.. parseErrors.Concat(errors).OrderBy(RowOf)];
        Problems = errors;
        ModelState.AddModelError(nameof(Upload), $"{FileName} has {errors.Count} {(errors.Count == 1 ? "problem" : "problems")}, so no statuses were changed. Fix them and upload the file again");
        return Page();
    }
}
