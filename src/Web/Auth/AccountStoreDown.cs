using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace VoiceHub.Web.Auth;

/// <summary>
/// Refuses a request whose sign-in could not be checked because the account store (PostgreSQL) cannot be read: 503, as
/// JSON for <c>/api/…</c> and as the "temporarily unavailable" page for people. <see cref="CookieEvents"/> marks such a
/// request; this runs straight after authentication, before anything is served to a sign-in nobody could confirm. An API
/// key that cannot be looked up is answered the same way by <see cref="Api.ApiKeyAuthenticationHandler"/>.
/// </summary>
public static class AccountStoreDown
{
    private static readonly object Marker = new();

    /// <summary>Marks this request as one whose sign-in could not be checked.</summary>
    public static void Mark(HttpContext http) => http.Items[Marker] = true;

    public static bool IsMarked(HttpContext http) => http.Items.ContainsKey(Marker);

    /// <summary>The API's 503: a JSON problem a script can read.</summary>
    public static Task WriteApiAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "30";
        return http.Response.WriteAsJsonAsync(new
        {
            status = 503,
            title = "Service unavailable",
            detail = "VoiceHub cannot check your sign-in because its database cannot be reached. Try again in a few minutes.",
        }, JsonSerializerOptions.Web, "application/problem+json");
    }

    public static IApplicationBuilder UseAccountStoreDownRefusal(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // The error page re-executed for this very 503 must still render (it needs no sign-in).
        if (!IsMarked(http) || http.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(http);
            return;
        }
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await WriteApiAsync(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = "30";
    });
}
