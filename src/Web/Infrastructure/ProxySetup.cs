using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy or load balancer: <c>VoiceHub:Proxy:KnownProxies</c> (addresses) and/or
/// <c>VoiceHub:Proxy:KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/8</c>) name the proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, so rate limits and the audit log see the visitor's address and HTTPS is
/// recognised. Unset (the default), the headers are ignored: anyone could send them.
/// </summary>
public static class ProxySetup
{
    public static bool Configured(IConfiguration configuration) =>
        configuration.GetSection("VoiceHub:Proxy:KnownProxies").Get<string[]>() is { Length: > 0 }
        || configuration.GetSection("VoiceHub:Proxy:KnownNetworks").Get<string[]>() is { Length: > 0 };

    public static IServiceCollection AddVoiceHubProxy(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = configuration.GetValue("VoiceHub:Proxy:ForwardLimit", 1);
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in configuration.GetSection("VoiceHub:Proxy:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("VoiceHub:Proxy:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

    public static IApplicationBuilder UseVoiceHubProxy(this IApplicationBuilder app, IConfiguration configuration) =>
        Configured(configuration) ? app.UseForwardedHeaders() : app;
}
