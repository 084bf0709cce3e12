using System.ComponentModel.DataAnnotations;
using System.Net;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// The web node's numeric and network settings, each bound from its section and checked when the host starts: a wrong
/// value stops the start with the setting's name (<c>VoiceHub:RateLimits:FormPostsPerMinute must be …</c>), not a
/// request at 3 a.m. A value that is not a number at all stops it too, in the configuration binder's words.
/// </summary>
public static class WebSettings
{
    public static IServiceCollection AddWebSettings(this IServiceCollection services)
    {
        Add<UploadOptions>(services, UploadOptions.Section);
        Add<RateLimitOptions>(services, RateLimitOptions.Section);
        Add<JobsOptions>(services, JobsOptions.Section);
        Add<ProxyOptions>(services, ProxyOptions.Section)
            .Validate(p => p.KnownProxies.All(a => IPAddress.TryParse(a, out _)), "VoiceHub:Proxy:KnownProxies must be IP addresses, such as 127.0.0.1.")
            .Validate(p => p.KnownNetworks.All(n => IPNetwork.TryParse(n, out _)), "VoiceHub:Proxy:KnownNetworks must be CIDR networks, such as 10.0.0.0/8.");
        return services;
    }

    /// <summary>A section's values as the app will use them, for what is set up before the host starts (and checked when it does).</summary>
    public static T Read<T>(IConfiguration configuration, string section) where T : new() => configuration.GetSection(section).Get<T>() ?? new T();

    private static Microsoft.Extensions.Options.OptionsBuilder<T> Add<T>(IServiceCollection services, string section) where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}

/// <summary><c>VoiceHub:MaxUploadBytes</c>: the largest upload or form body (50 MB).</summary>
public sealed class UploadOptions
{
    public const string Section = "VoiceHub";

    [Range(1024L, 2L * 1024 * 1024 * 1024, ErrorMessage = "VoiceHub:MaxUploadBytes must be between 1 KB and 2 GB.")]
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;
}

/// <summary><c>VoiceHub:RateLimits:*</c>, per minute (<see cref="RateLimits"/>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "VoiceHub:RateLimits";

    [Range(1, 100_000, ErrorMessage = "VoiceHub:RateLimits:TrackLookupsPerMinute must be between 1 and 100,000.")]
    public int TrackLookupsPerMinute { get; set; } = 10;

    [Range(1, 100_000, ErrorMessage = "VoiceHub:RateLimits:FormPostsPerMinute must be between 1 and 100,000.")]
    public int FormPostsPerMinute { get; set; } = 10;

    [Range(1, 100_000, ErrorMessage = "VoiceHub:RateLimits:ApiRequestsPerMinute must be between 1 and 100,000.")]
    public int ApiRequestsPerMinute { get; set; } = 60;

    [Range(1, 100_000, ErrorMessage = "VoiceHub:RateLimits:SignInsPerMinute must be between 1 and 100,000.")]
    public int SignInsPerMinute { get; set; } = 20;
}

/// <summary><c>VoiceHub:Jobs:*</c>: how Hangfire hands jobs between nodes (<see cref="JobsSetup"/>).</summary>
public sealed class JobsOptions
{
    public const string Section = "VoiceHub:Jobs";

    /// <summary>A job whose node died is taken up by another after this.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "VoiceHub:Jobs:InvisibilityTimeout must be between 00:00:05 and 1.00:00:00.")]
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "VoiceHub:Jobs:QueuePollInterval must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary><c>VoiceHub:Proxy:*</c>: the reverse proxies whose forwarded headers are believed (<see cref="ProxySetup"/>).</summary>
public sealed class ProxyOptions
{
    public const string Section = "VoiceHub:Proxy";

    public string[] KnownProxies { get; set; } = [];

    public string[] KnownNetworks { get; set; } = [];

    [Range(1, 10, ErrorMessage = "VoiceHub:Proxy:ForwardLimit must be between 1 and 10.")]
    public int ForwardLimit { get; set; } = 1;

    /// <summary>The public HTTPS port behind the proxy, for redirects.</summary>
    [Range(1, 65535, ErrorMessage = "VoiceHub:Proxy:HttpsPort must be a port, 1 to 65535.")]
    public int HttpsPort { get; set; } = 443;

    public bool Configured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
