using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;

namespace VoiceHub.Web.Auth;

/// <summary>
/// For <c>/api/…</c> a missing or insufficient sign-in is a 401 or 403 status, not a redirect to the sign-in page that
/// a script would follow and mistake for an answer. Pages still redirect.
/// </summary>
public sealed class ApiCookieEvents : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context) ? Status(context, StatusCodes.Status401Unauthorized) : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        IsApi(context) ? Status(context, StatusCodes.Status403Forbidden) : base.RedirectToAccessDenied(context);

    private static bool IsApi(RedirectContext<CookieAuthenticationOptions> context) => context.Request.Path.StartsWithSegments("/api");

    private static Task Status(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        // No HTML error page in the body either: a script gets the bare status.
        if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        return Task.CompletedTask;
    }
}
