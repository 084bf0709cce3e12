using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Pages.Account;

/// <summary>
/// Sign in with the council's account (OpenID Connect, when configured) or a local email and password (unless local
/// accounts are switched off). Both are rate-limited and audited.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(SignInService signIn, IOptions<OidcOptions> oidc, IOptions<LocalAccountsOptions> local) : PageModel
{
    public const string OidcFailedMessage =
        "Your council account could not sign you in to VoiceHub. If you need VoiceHub for your work, ask a VoiceHub administrator to add you to a VoiceHub group";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Failed { get; set; }

    public bool OidcEnabled => oidc.Value.Enabled;
    public string OidcName => oidc.Value.DisplayName;
    public bool LocalEnabled => local.Value.Enabled;

    public void OnGet()
    {
        if (Failed == "oidc") ModelState.AddModelError("", OidcFailedMessage);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!LocalEnabled) return NotFound();
        if (!ModelState.IsValid) return Page();
        switch (await signIn.SignInAsync(HttpContext, Email!, Password!, ct))
        {
            case SignInOutcome.Success:
                return LocalRedirect(SafeReturnUrl);
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(nameof(Email),
                    $"This account is locked after {SignInService.MaxFailures} wrong passwords. Try again in {SignInService.LockFor.TotalMinutes:0} minutes");
                break;
            case SignInOutcome.TooManyAttempts:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError(nameof(Email), "There have been too many attempts to sign in to this account. Wait a minute, then try again");
                break;
            default:
                ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
                break;
        }
        Password = null;
        return Page();
    }

    /// <summary>Off to the council's identity provider; it comes back to <c>/signin-oidc</c>, then to where the person was going.</summary>
    public IActionResult OnPostExternal()
    {
        if (!OidcEnabled) return NotFound();
        return Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, AuthSetup.OidcScheme);
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
