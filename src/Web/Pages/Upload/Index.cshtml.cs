using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Upload;

/// <summary>Staff upload a file and say where it came from; it is kept whole and ingested by a job.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(DocumentStore documents, IBackgroundJobClient jobs, IConfiguration configuration) : PageModel
{
    public static readonly Core.Model.Channel[] FileChannels =
        [Core.Model.Channel.Survey, Core.Model.Channel.ListeningSpace, Core.Model.Channel.TalkingShop, Core.Model.Channel.VcsReport];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    public long MaxBytes => configuration.GetValue("VoiceHub:MaxUploadBytes", 50L * 1024 * 1024);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null) ModelState.AddModelError(nameof(Upload), "Select a file");
        else if (Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "The selected file is empty");
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), $"The selected file must be smaller than {MaxBytes / (1024 * 1024)}MB");
        if (!Channels.TryParse(Channel, out var channel) || !FileChannels.Contains(channel))
        {
            ModelState.AddModelError(nameof(Channel), "Select where the feedback came from");
        }
        if (!ModelState.IsValid) return Page();

        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer, ct);
        var fileName = Path.GetFileName(Upload.FileName);
        var (id, created) = await documents.SaveAsync(channel.Code(), fileName, Upload.ContentType ?? "application/octet-stream",
            buffer.ToArray(), "{}", User.UserId(), ct);
        if (created) jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
        return RedirectToPage("/Documents/Details", new { id, uploaded = created ? "new" : "again" });
    }
}
