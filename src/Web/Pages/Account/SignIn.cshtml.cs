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
/// accounts are switched off). Local passwords are throttled (<see cref="SignInThrottle"/>); the identity provider's
/// button never is, so nobody can keep an admin out by guessing at their password. Both are audited.
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
        var result = await signIn.SignInAsync(HttpContext, Email!, Password!, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.Success:
                return LocalRedirect(SafeReturnUrl);
            case SignInOutcome.TooManyAttempts:
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                ModelState.AddModelError(nameof(Email), $"There have been too many wrong attempts to sign in. Wait {Seconds(result.Wait)}, then try again");
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

    /// <summary>"1 second", "45 seconds", "2 minutes": the wait, rounded up, as people read it.</summary>
    public static string Seconds(TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        if (seconds < 120) return seconds == 1 ? "1 second" : $"{seconds} seconds";
        return $"{(int)Math.Ceiling(seconds / 60.0)} minutes";
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
}
