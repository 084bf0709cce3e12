using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace VoiceHub.Web.Pages.Accessibility;

/// <summary>The accessibility statement, in the shape the Public Sector Bodies Accessibility Regulations ask for; contacts and dates from <see cref="AccessibilityOptions"/>.</summary>
[AllowAnonymous]
public sealed class IndexModel(IOptions<AccessibilityOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";
    public AccessibilityOptions Statement => options.Value;

    public void OnGet()
    {
    }
}
