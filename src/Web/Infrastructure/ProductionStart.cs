using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.Options;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Starting VoiceHub as a council does: <c>dotnet /opt/voicehub/VoiceHub.Web.dll</c> from any folder, outside
/// Development. The content root is then the app's own folder (its <c>appsettings.json</c> and <c>wwwroot</c>), not the
/// working folder; a build output without <c>wwwroot</c> serves the files its static web assets manifest names.
/// Sign-in and form cookies are Secure outside Development, so a plain-http site would answer every form with an error:
/// it must either sit behind a TLS-terminating proxy it trusts (<c>VoiceHub:Proxy:*</c>) or listen on https itself, and
/// otherwise refuses to start with <see cref="PlainHttpRefusal"/>.
/// </summary>
public static class ProductionStart
{
    /// <summary>The one sentence printed when the site would be served over plain http with nothing saying it is HTTPS.</summary>
    public const string PlainHttpRefusal =
        "VoiceHub will not start: outside Development it must be reached over HTTPS, but it listens on plain http with no " +
        "trusted proxy; put it behind a TLS-terminating reverse proxy and set VoiceHub__Proxy__KnownProxies (for example " +
        "127.0.0.1) or VoiceHub__Proxy__KnownNetworks, or give it an https:// address in ASPNETCORE_URLS with a certificate.";

    /// <summary>
    /// The builder's options: the content root is the app's folder unless one was given (<c>--contentRoot</c>,
    /// <c>ASPNETCORE_CONTENTROOT</c>) or the environment is Development (<c>dotnet run</c> uses the project folder).
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var host = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build();
        var environment = host[HostDefaults.EnvironmentKey] ?? Environments.Production;
        var chosen = !string.IsNullOrWhiteSpace(host[HostDefaults.ContentRootKey]);
        var development = string.Equals(environment, Environments.Development, StringComparison.OrdinalIgnoreCase);
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = chosen || development ? null : AppContext.BaseDirectory,
        };
    }

    /// <summary>A build output (no <c>wwwroot</c> beside the dll) run outside Development still finds its styles and scripts.</summary>
    public static void FindStaticFiles(WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment()) return; // Development reads the manifest already.
        if (Directory.Exists(Path.Combine(builder.Environment.ContentRootPath, "wwwroot"))) return;
        StaticWebAssetsLoader.UseStaticWebAssets(builder.Environment, builder.Configuration);
    }

    /// <summary>
    /// Why this process must not start, or null. Outside Development a web node needs a trusted proxy or an https address.
    /// </summary>
    public static string? Refusal(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() || !NodeRoles.From(configuration).Web) return null;
        if (ProxySetup.Configured(configuration)) return null;
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""));
        var https = urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrWhiteSpace(configuration["https_ports"]);
        return https ? null : PlainHttpRefusal;
    }

    /// <summary>
    /// Outside Development a page asked for over plain http (not through the trusted proxy's HTTPS) is redirected to
    /// HTTPS rather than failing on its Secure cookies. <c>/health</c> stays answerable over http for load balancers.
    /// Behind a proxy the public port is <c>VoiceHub:Proxy:HttpsPort</c> (443).
    /// </summary>
    public static IServiceCollection AddHttpsOnly(this IServiceCollection services) =>
        services.AddOptions<HttpsRedirectionOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            if (proxy.Value.Configured) o.HttpsPort = proxy.Value.HttpsPort;
        }).Services;

    public static IApplicationBuilder UseHttpsOnly(this WebApplication app)
    {
        if (app.Environment.IsDevelopment()) return app;
        // The start-up warm-up's own requests (loopback, with this process's secret) stand for a visitor on HTTPS.
        app.Use((context, next) =>
        {
            if (context.Connection.RemoteIpAddress is { } ip && System.Net.IPAddress.IsLoopback(ip)
                && context.Request.Headers[WarmUp.Header] == WarmUp.Secret) context.Request.Scheme = "https";
            return next(context);
        });
        return app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health"), a => a.UseHttpsRedirection());
    }
}
