using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Pages.Track;

/// <summary>
/// "Track your feedback": a reference code shows the journey of that one piece of feedback, never its text nor
/// anything about anyone else. Looked up by POST only (codes stay out of addresses and logs), rate-limited per IP
/// (see PublicRateLimits), and a mistyped code gets exactly the answer an unknown one does.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ItemReferenceStore references, JourneyStore journeys) : PageModel
{
    public const string NotFoundMessage = "We could not find feedback with that reference. Check the reference and try again.";

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";
    public Journey? Journey { get; private set; }
    public string? FoundReference { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reference))
        {
            ModelState.AddModelError(nameof(Reference), "Enter your reference");
            return Page();
        }
        // A code that cannot be one is still looked up (as nothing), so both answers take the same path.
        var code = ReferenceCode.Normalise(Reference);
        var itemId = await references.FindByReferenceAsync(code ?? "-", ct);
        var journey = itemId is { } id ? await journeys.FindAsync(id, ct) : null;
        if (journey is null)
        {
            ModelState.AddModelError(nameof(Reference), NotFoundMessage);
            return Page();
        }
        Journey = journey;
        FoundReference = ReferenceCode.Format(code!);
        return Page();
    }
}
