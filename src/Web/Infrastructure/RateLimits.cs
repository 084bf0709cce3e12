using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Limits on what a stranger can do, per IP address (posts only): looking up reference codes on "Track your feedback"
/// (so codes cannot be guessed by trying many), the public feedback form, and the people's bank forms; and per key on
/// the feedback API. Over a limit a page gets 429 and the friendly "Too many requests" page, the API a JSON answer.
/// Limits per minute: <c>VoiceHub:RateLimits:TrackLookupsPerMinute</c> (10), <c>…:FormPostsPerMinute</c> (10),
/// <c>…:ApiRequestsPerMinute</c> (60), <c>…:SignInsPerMinute</c> (20 password sign-in posts per address; growing
/// delays per account and address are <see cref="Auth.SignInThrottle"/>'s). Behind a proxy, configure <see cref="ProxySetup"/> so the address is the visitor's.
/// </summary>
public static class RateLimits
{
    public const string PublicForm = "public-form";
    public const string Api = "api";

    public static IServiceCollection AddVoiceHubRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        return services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, settings) =>
        {
            var (lookups, posts, api, signIns) = (settings.Value.TrackLookupsPerMinute, settings.Value.FormPostsPerMinute,
                settings.Value.ApiRequestsPerMinute, settings.Value.SignInsPerMinute);
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The API answers in JSON; pages get the friendly error page (status code pages re-execute an empty 429).
            o.OnRejected = (context, ct) => context.HttpContext.Request.Path.StartsWithSegments("/api")
                ? new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
                    new { status = 429, title = "Too many requests", detail = "Wait a minute, then send again." }, ct))
                : ValueTask.CompletedTask;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("");
                var path = http.Request.Path.Value ?? "";
                var ip = Address(http);
                // "/track" and "/track/" are one page: one bucket, or the trailing slash doubles the lookups.
                if (path.TrimEnd('/').Equals("/track", StringComparison.OrdinalIgnoreCase)) return Window("track:" + ip, lookups);
                if (path.StartsWith("/account/sign-in", StringComparison.OrdinalIgnoreCase) && !IsIdentityProviderButton(http))
                {
                    return Window("sign-in:" + ip, signIns);
                }
                if (path.StartsWith("/get-involved", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/track/", StringComparison.OrdinalIgnoreCase))
                {
                    return Window("form:" + ip, posts);
                }
                return RateLimitPartition.GetNoLimiter("");
            });
            o.AddPolicy(PublicForm, http => HttpMethods.IsPost(http.Request.Method)
                ? Window("feedback:" + Address(http), posts)
                : RateLimitPartition.GetNoLimiter("read"));
            o.AddPolicy(Api, http => Window(
                "api:" + (http.Request.Headers.Authorization.FirstOrDefault() ?? http.Request.Headers["X-Api-Key"].FirstOrDefault() ?? Address(http)), api));
        }).Services;
    }

    /// <summary>
    /// "Sign in with your council account" only sends the person to the identity provider, which does its own
    /// throttling: limiting it here would let anyone on the same address keep an admin out.
    /// </summary>
    private static bool IsIdentityProviderButton(HttpContext http) =>
        string.Equals(http.Request.Query["handler"], "External", StringComparison.OrdinalIgnoreCase);

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
