using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core;

namespace VoiceHub.Web.Pages.GiveFeedback;

/// <summary>The confirmation, with the reference the person can use to track their feedback.</summary>
[AllowAnonymous]
public sealed class SentModel : PageModel
{
    [TempData]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";

    public IActionResult OnGet()
    {
        if (Reference is null) return RedirectToPage("Index");
        // Kept for the switch between the standard and Easy Read views of this page; it is the person's own reference.
        TempData.Keep(nameof(Reference));
        return Page();
    }

    public string Formatted => ReferenceCode.Format(Reference ?? "");
}
