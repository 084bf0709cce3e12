using System.Globalization;
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

/// <summary>
/// Asks staff for what a document lacks (a Listening Space's title, date or locality; a VCS report's organisation and
/// period) instead of guessing it, then hands it back to the ingest job.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReviewModel(DocumentStore documents, LocalityStore localityStore, IBackgroundJobClient jobs) : PageModel
{
    public Document Document { get; private set; } = null!;
    public IReadOnlyList<string> Missing { get; private set; } = [];
    public IReadOnlyList<Locality> Localities { get; private set; } = [];
    public bool IsReport => Document.Channel == Channel.VcsReport.Code();

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? DateDay { get; set; }
    [BindProperty] public string? DateMonth { get; set; }
    [BindProperty] public string? DateYear { get; set; }
    [BindProperty] public string? Locality { get; set; }
    [BindProperty] public string? ServiceArea { get; set; }
    [BindProperty] public string? HostedBy { get; set; }
    [BindProperty] public string? Attending { get; set; }
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? Period { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var details = UploadDetails.Parse(Document.Metadata);
        Title = details.Field(UploadDetails.Title);
        if (details.Field(UploadDetails.Date) is { } d && DateOnly.TryParse(d, CultureInfo.InvariantCulture, out var date))
        {
            (DateDay, DateMonth, DateYear) = (date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));
        }
        Locality = details.Field(UploadDetails.Locality);
        ServiceArea = details.Field(UploadDetails.ServiceArea);
        HostedBy = details.Field(UploadDetails.HostedBy);
        Attending = details.Field(UploadDetails.Attending);
        Organisation = details.Field(UploadDetails.Organisation);
        Period = details.Field(UploadDetails.Period);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } stop) return stop;
        var given = new Dictionary<string, string>();
        if (IsReport)
        {
            if (string.IsNullOrWhiteSpace(Organisation)) ModelState.AddModelError(nameof(Organisation), "Enter the name of the organisation that wrote the report");
            if (string.IsNullOrWhiteSpace(Period)) ModelState.AddModelError(nameof(Period), "Enter the period the report covers");
            given[UploadDetails.Organisation] = Organisation ?? "";
            given[UploadDetails.Period] = Period ?? "";
        }
        else
        {
            if (Missing.Contains(UploadDetails.Title) && string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "Enter the title of the Listening Space");
            if (Missing.Contains(UploadDetails.Date) || !string.IsNullOrWhiteSpace(DateDay + DateMonth + DateYear))
            {
                if (string.IsNullOrWhiteSpace(DateDay + DateMonth + DateYear)) ModelState.AddModelError("DateDay", "Enter the date the Listening Space was held");
                else if (!int.TryParse(DateDay, out var dd) || !int.TryParse(DateMonth, out var mm) || !int.TryParse(DateYear, out var yy)
                         || yy is < 2000 or > 2100 || mm is < 1 or > 12 || dd < 1 || dd > DateTime.DaysInMonth(yy, mm))
                {
                    ModelState.AddModelError("DateDay", "The date must be a real date, like 12 3 2026");
                }
                else given[UploadDetails.Date] = new DateOnly(yy, mm, dd).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            if (Missing.Contains(UploadDetails.Locality) && string.IsNullOrWhiteSpace(Locality)) ModelState.AddModelError(nameof(Locality), "Select the locality");
            else if (!string.IsNullOrWhiteSpace(Locality) && !Localities.Any(l => l.Name == Locality)) ModelState.AddModelError(nameof(Locality), "Select a locality from the list");
            given[UploadDetails.Title] = Title ?? "";
            given[UploadDetails.Locality] = Locality ?? "";
            given[UploadDetails.ServiceArea] = ServiceArea ?? "";
            given[UploadDetails.HostedBy] = HostedBy ?? "";
            given[UploadDetails.Attending] = Attending ?? "";
        }
        if (!ModelState.IsValid) return Page();

        var details = UploadDetails.Parse(Document.Metadata).With(given);
        if (await documents.RequeueAsync(id, details.ToJson(), ct))
        {
            jobs.Enqueue<IngestDocumentJob>(j => j.RunAsync(id, CancellationToken.None));
        }
        return RedirectToPage("Details", new { id, uploaded = "reviewed" });
    }

    public static string FieldName(string key) => key switch
    {
        UploadDetails.Title => "title",
        UploadDetails.Date => "date",
        UploadDetails.Locality => "locality",
        UploadDetails.Organisation => "organisation",
        UploadDetails.Period => "reporting period",
        _ => key,
    };

    private async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        var document = await documents.FindAsync(id, ct);
        if (document is null) return NotFound();
        if (document.Status != DocumentStatus.NeedsReview) return RedirectToPage("Details", new { id });
        Document = document;
        using var metadata = JsonDocument.Parse(document.Metadata);
        Missing = metadata.RootElement.TryGetProperty("missing", out var m) && m.ValueKind == JsonValueKind.Array
            ? m.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        Localities = await localityStore.ListAsync(ct);
        return null;
    }
}
