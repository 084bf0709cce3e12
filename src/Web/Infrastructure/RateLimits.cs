using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Light limits on what anyone can post: the public feedback form (per address, posts only) and the feedback API (per
/// key). Enough to stop a script flooding the inbox; the numbers are for the trust work to tune.
/// </summary>
public static class RateLimits
{
    public const string PublicForm = "public-form";
    public const string Api = "api";

    public static IServiceCollection AddVoiceHubRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The API answers in JSON; pages get the friendly error page (status code pages re-execute an empty 429).
            o.OnRejected = (context, ct) => context.HttpContext.Request.Path.StartsWithSegments("/api")
                ? new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
                    new { status = 429, title = "Too many requests", detail = "Wait a minute, then send again." }, ct))
                : ValueTask.CompletedTask;
            o.AddPolicy(PublicForm, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter("form:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
            o.AddPolicy(Api, http => RateLimitPartition.GetFixedWindowLimiter(
                "api:" + (http.Request.Headers.Authorization.FirstOrDefault() ?? http.Request.Headers["X-Api-Key"].FirstOrDefault() ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) }));
        });
}
