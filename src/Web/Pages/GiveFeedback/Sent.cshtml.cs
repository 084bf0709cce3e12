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

    public IActionResult OnGet() => Reference is null ? RedirectToPage("Index") : Page();

    public string Formatted => ReferenceCode.Format(Reference ?? "");
}
