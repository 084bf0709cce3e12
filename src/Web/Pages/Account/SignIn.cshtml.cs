using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInService signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        switch (await signIn.SignInAsync(HttpContext, Email!, Password!, ct))
        {
            case SignInOutcome.Success:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(nameof(Email),
                    $"This account is locked after {SignInService.MaxFailures} wrong passwords. Try again in {SignInService.LockFor.TotalMinutes:0} minutes");
                break;
            default:
                ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
                break;
        }
        Password = null;
        return Page();
    }
}
