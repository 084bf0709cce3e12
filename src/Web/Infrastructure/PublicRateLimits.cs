using System.Threading.RateLimiting;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Limits what a stranger can do per IP address: looking up reference codes on "Track your feedback" (so codes cannot
/// be guessed by trying many) and sending the public forms. Over the limit a request gets 429 and the friendly
/// "Too many requests" page. Limits per minute come from <c>VoiceHub:RateLimits:TrackLookupsPerMinute</c> (default 10)
/// and <c>VoiceHub:RateLimits:FormPostsPerMinute</c> (default 10). Behind a proxy, configure forwarded headers so the
/// address is the visitor's, not the proxy's.
/// </summary>
public static class PublicRateLimits
{
    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var lookups = configuration.GetValue("VoiceHub:RateLimits:TrackLookupsPerMinute", 10);
        var posts = configuration.GetValue("VoiceHub:RateLimits:FormPostsPerMinute", 10);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var path = http.Request.Path.Value ?? "";
                if (!HttpMethods.IsPost(http.Request.Method)) return RateLimitPartition.GetNoLimiter("");
                var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                if (path.Equals("/track", StringComparison.OrdinalIgnoreCase)) return Window("track:" + ip, lookups);
                if (path.StartsWith("/get-involved", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/track/", StringComparison.OrdinalIgnoreCase))
                {
                    return Window("form:" + ip, posts);
                }
                return RateLimitPartition.GetNoLimiter("");
            });
        });
    }

    private static RateLimitPartition<string> Window(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
