using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;

namespace VoiceHub.Web.Auth;

/// <summary>
/// The sign-in cookie's behaviour. For <c>/api/…</c> a missing sign-in is a bare 401, not a redirect a script would
/// follow and mistake for an answer. Someone signed in but not allowed gets 403 where they are (the error page says
/// so), never a redirect. And every request re-checks the account (see <see cref="AccountCheck"/>): a cookie whose
/// security stamp is not the account's current one (signed out, disabled, role or permission changed, on any node) is
/// refused and removed; when the account cannot be read at all, the request is refused with 503
/// (<see cref="AccountStoreDown"/>), never served on the strength of the cookie alone.
/// </summary>
public sealed class CookieEvents(AccountCheck accounts) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context) ? Status(context, StatusCodes.Status401Unauthorized, bare: true) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        Status(context, StatusCodes.Status403Forbidden, bare: IsApi(context));

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.UserId() is not { } id)
        {
            context.RejectPrincipal();
            return;
        }
        var (known, found) = await accounts.FindAsync(id, context.HttpContext.RequestAborted);
        if (!known)
        {
            context.RejectPrincipal();
            AccountStoreDown.Mark(context.HttpContext);
            return;
        }
        if (found is not { Disabled: false } account || context.Principal.FindFirst(SignInService.StampClaim)?.Value != account.SecurityStamp.ToString("N"))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static bool IsApi(RedirectContext<CookieAuthenticationOptions> context) => context.Request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status, bool bare)
    {
        context.Response.StatusCode = status;
        // A script gets the bare status; a page gets the friendly error page for it (status code pages re-execute).
        if (bare && context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        return Task.CompletedTask;
    }
}
