using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace VoiceHub.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy or load balancer: <c>VoiceHub:Proxy:KnownProxies</c> (addresses) and/or
/// <c>VoiceHub:Proxy:KnownNetworks</c> (CIDR, e.g. <c>10.0.0.0/8</c>) name the proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> are believed, so rate limits and the audit log see the visitor's address and HTTPS is
/// recognised. Unset (the default), the headers are ignored: anyone could send them.
/// </summary>
public static class ProxySetup
{
    public static bool Configured(IConfiguration configuration) => WebSettings.Read<ProxyOptions>(configuration, ProxyOptions.Section).Configured;

    // Addresses that do not parse are left out here; ProxyOptions' check stops the start with their setting's name.
    public static IServiceCollection AddVoiceHubProxy(this IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, settings) =>
        {
            var proxy = settings.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxy.ForwardLimit;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                if (IPAddress.TryParse(address, out var ip)) o.KnownProxies.Add(ip);
            }
            foreach (var network in proxy.KnownNetworks)
            {
                if (System.Net.IPNetwork.TryParse(network, out var parsed)) o.KnownIPNetworks.Add(parsed);
            }
        }).Services;

    public static IApplicationBuilder UseVoiceHubProxy(this IApplicationBuilder app, IConfiguration configuration) =>
        Configured(configuration) ? app.UseForwardedHeaders() : app;
}
