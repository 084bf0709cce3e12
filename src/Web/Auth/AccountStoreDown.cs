using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Refuses a request whose sign-in could not be checked because the account store (PostgreSQL) cannot be read: 503, as
/// JSON for <c>/api/…</c> and as the "temporarily unavailable" page for people. <see cref="CookieEvents"/> marks such a
/// request; this runs straight after authentication, before anything is served to a sign-in nobody could confirm.
/// </summary>
public static class AccountStoreDown
{
    private static readonly object Marker = new();

    /// <summary>Marks this request as one whose sign-in could not be checked.</summary>
    public static void Mark(HttpContext http) => http.Items[Marker] = true;

    public static IApplicationBuilder UseAccountStoreDownRefusal(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // The error page re-executed for this very 503 must still render (it needs no sign-in).
        if (!http.Items.ContainsKey(Marker) || http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "30";
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.Response.WriteAsJsonAsync(new
            {
                status = 503,
                title = "Service unavailable",
                detail = "VoiceHub cannot check your sign-in because its database cannot be reached. Try again in a few minutes.",
            }, JsonSerializerOptions.Web, "application/problem+json");
        }
    });
}
