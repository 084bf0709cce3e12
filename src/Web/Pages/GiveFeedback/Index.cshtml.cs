using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.GiveFeedback;

/// <summary>
/// The public feedback form: no sign-in. Each submission is stored as a document of channel <c>online-form</c> and
/// ingested by the same job as any upload; the person is shown their reference at once. A contact email (only with
/// consent) is kept apart from the feedback, never indexed and never in the item's text.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class IndexModel(FeedbackSubmission submission, FormContactStore contacts, LocalityStore localityStore, TimeProvider clock) : PageModel
{
    public const int MaxLength = 5000;

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public string? Locality { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [TempData]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";

    public IReadOnlyList<Locality> Localities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Localities = await localityStore.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Localities = await localityStore.ListAsync(ct);
        var text = Feedback?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError(nameof(Feedback), "Enter your feedback");
        else if (text.Length > MaxLength) ModelState.AddModelError(nameof(Feedback), $"Your feedback must be {MaxLength:N0} characters or fewer");
        if (!string.IsNullOrEmpty(Locality) && !Localities.Any(l => l.Name == Locality)) ModelState.AddModelError(nameof(Locality), "Select an area from the list");
        if (Contact is not (null or "yes" or "no")) ModelState.AddModelError(nameof(Contact), "Select yes if we can contact you about your feedback");
        var email = Email?.Trim() ?? "";
        if (Contact == "yes")
        {
            if (email.Length == 0) ModelState.AddModelError(nameof(Email), "Enter your email address");
            else if (email.Length > 254 || !new EmailAddressAttribute().IsValid(email) || !email.Contains('.'))
            {
                ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
            }
        }
        if (!ModelState.IsValid) return Page();

        var reference = ReferenceCode.New();
        var now = clock.GetUtcNow();
        var batch = new FeedbackBatch
        {
            Source = Channel.OnlineForm.Code(),
            ReceivedAt = now,
            Items = [new SubmittedFeedback { Text = text, Locality = string.IsNullOrEmpty(Locality) ? null : Locality, Reference = reference }],
        };
        var id = await submission.StoreAsync(Channel.OnlineForm, $"online-form-{now:yyyyMMdd-HHmmss}-{reference[..4]}.json", batch,
            """{"source":"online-form"}""", ct);
        if (Contact == "yes") await contacts.SaveAsync(id, email, ct);
        await submission.IngestNowOrQueueAsync(id, ct);
        Reference = reference;
        return EasyRead ? RedirectToPage("Sent", new { view = "easy-read" }) : RedirectToPage("Sent");
    }
}
