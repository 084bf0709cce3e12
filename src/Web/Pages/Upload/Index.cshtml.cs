using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Upload;

/// <summary>
/// Staff upload a file and say where it came from; it is kept whole and ingested by a job. A survey goes first to the
/// mapping step, where staff confirm what each column holds.
/// </summary>
[Authorize(Policy = Policies.Staff)]
// Kestrel's own 30 MB body limit would refuse a file under VoiceHub:MaxUploadBytes (50 MB by default); the multipart
// limit set from that setting in Program.cs is the one that applies here.
[DisableRequestSizeLimit]
public sealed class IndexModel(DocumentStore documents, LocalityStore localityStore, IBackgroundJobClient jobs, Microsoft.Extensions.Options.IOptions<Infrastructure.UploadOptions> upload) : PageModel
{
    public static readonly Core.Model.Channel[] FileChannels =
        [Core.Model.Channel.Survey, Core.Model.Channel.ListeningSpace, Core.Model.Channel.TalkingShop, Core.Model.Channel.VcsReport];

    public static readonly Dictionary<string, string[]> Extensions = new()
    {
        ["survey"] = [".csv", ".tsv", ".txt", ".xlsx"],
        ["talking-shop"] = [".csv", ".tsv", ".txt", ".xlsx"],
        ["listening-space"] = [".docx", ".md", ".markdown", ".txt"],
        ["vcs-report"] = [".pdf", ".docx"],
    };

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public string? Locality { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public string? Period { get; set; }

    public IReadOnlyList<Locality> Localities { get; private set; } = [];

    public long MaxBytes => upload.Value.MaxUploadBytes;

    public async Task OnGetAsync(CancellationToken ct) => Localities = await localityStore.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Localities = await localityStore.ListAsync(ct);
        var known = Channels.TryParse(Channel, out var channel) && FileChannels.Contains(channel);
        if (!known) ModelState.AddModelError(nameof(Channel), "Select where the feedback came from");
        if (Upload is null) ModelState.AddModelError(nameof(Upload), "Select a file");
        else if (Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "The selected file is empty");
        else if (Upload.Length > MaxBytes) ModelState.AddModelError(nameof(Upload), $"The selected file must be smaller than {MaxBytes / (1024 * 1024)}MB");
        else if (known && !Extensions[channel.Code()].Contains(Path.GetExtension(Upload.FileName).ToLowerInvariant()))
        {
            ModelState.AddModelError(nameof(Upload), $"The selected file must be {Types(channel.Code())}");
        }
        if (!string.IsNullOrWhiteSpace(Locality) && !Localities.Any(l => l.Name == Locality)) ModelState.AddModelError(nameof(Locality), "Select a locality from the list");
        if (known && channel == Core.Model.Channel.VcsReport)
        {
            if (string.IsNullOrWhiteSpace(Organisation)) ModelState.AddModelError(nameof(Organisation), "Enter the name of the organisation that wrote the report");
            if (string.IsNullOrWhiteSpace(Period)) ModelState.AddModelError(nameof(Period), "Enter the reporting period");
        }
        if (!ModelState.IsValid) return Page();

        var details = new UploadDetails().With(new Dictionary<string, string>
        {
            [UploadDetails.Locality] = Locality ?? "",
            [UploadDetails.Organisation] = channel == Core.Model.Channel.VcsReport ? Organisation ?? "" : "",
            [UploadDetails.Period] = channel == Core.Model.Channel.VcsReport ? Period ?? "" : "",
        });
        using var buffer = new MemoryStream();
        await Upload!.CopyToAsync(buffer, ct);
        var fileName = Path.GetFileName(Upload.FileName);
        var survey = channel == Core.Model.Channel.Survey;
        var (id, created) = await documents.SaveAsync(channel.Code(), fileName, Upload.ContentType ?? "application/octet-stream",
            buffer.ToArray(), details.ToJson(), User.UserId(), ct, survey ? DocumentStatus.NeedsMapping : DocumentStatus.Received);
        if (!created) return RedirectToPage("/Documents/Details", new { id, uploaded = "again" });
        if (survey) return RedirectToPage("/Documents/Mapping", new { id });
        jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
        return RedirectToPage("/Documents/Details", new { id, uploaded = "new" });
    }

    /// <summary>"a CSV or Excel (.xlsx) file", for the hint and the error.</summary>
    public static string Types(string channel) => channel switch
    {
        "survey" or "talking-shop" => "a CSV or Excel (.xlsx) file",
        "listening-space" => "a Word (.docx), Markdown (.md) or text (.txt) file",
        "vcs-report" => "a PDF or Word (.docx) file",
        _ => "a file",
    };
}
