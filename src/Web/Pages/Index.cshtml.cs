using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace VoiceHub.Web.Pages;

/// <summary>The front door: what VoiceHub is and the things a resident can do, in a standard and an Easy Read view.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public bool EasyRead => View == "easy-read";

    public void OnGet()
    {
    }
}
