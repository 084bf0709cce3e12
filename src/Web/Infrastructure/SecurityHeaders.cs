using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.Extensions.Options;
using VoiceHub.Web.Auth;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Headers on every answer: a Content-Security-Policy allowing only this site's own files (no inline script, style or
/// event handler anywhere: JavaScript lives in <c>wwwroot/js</c>, styles in <c>Styles/</c>), no framing, no MIME
/// sniffing, the referrer kept on this site, browser features off, and no caching of what a signed-in person sees.
/// The Hangfire dashboard writes inline script and style, so <c>/hangfire</c> alone gets a looser policy (it is for
/// admins only). Cookies are HttpOnly, and Secure outside development.
/// </summary>
public static class SecurityHeaders
{
    public static IServiceCollection AddVoiceHubCookiePolicy(this IServiceCollection services, IWebHostEnvironment environment) =>
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            // Each cookie sets its own SameSite (the sign-in cookie Lax, anti-forgery Strict); the identity provider's
            // correlation cookies must stay None for its cross-site reply, so no minimum is forced here.
            o.MinimumSameSitePolicy = SameSiteMode.None;
        });

    public static IApplicationBuilder UseVoiceHubSecurityHeaders(this IApplicationBuilder app)
    {
        var oidc = app.ApplicationServices.GetRequiredService<IOptions<OidcOptions>>().Value;
        // The sign-in form's reply redirects to the identity provider, which form-action governs in Chromium.
        var formAction = oidc.Enabled && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        var site = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
                   $"object-src 'none'; base-uri 'none'; form-action {formAction}; frame-ancestors 'none'";
        const string Dashboard = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                                 "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return app.Use(async (http, next) =>
        {
            // Decided now: the dashboard rewrites the path it is given before the response starts.
            var policy = http.Request.Path.StartsWithSegments("/hangfire") ? Dashboard : site;
            var cacheable = http.Request.Path.StartsWithSegments("/lib") || http.Request.Path.StartsWithSegments("/js");
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // Pages shown to someone signed in hold feedback and names: never keep them in a shared or browser cache.
                if (http.User.Identity?.IsAuthenticated == true && !cacheable)
                {
                    headers.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            await next(http);
        });
    }
}
