using Hangfire;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Demo;

/// <summary>
/// <c>VoiceHub:LoadDemoData</c> (<c>VoiceHub__LoadDemoData=false</c> switches it off): whether a new hub loads the demo
/// council's year of feedback. On by default, so the first run shows what the hub is for; every test host sets it off.
/// The council's localities, themes and service areas (<c>seeds/</c>) are loaded on every start either way.
/// </summary>
public sealed class DemoDataOptions
{
    public bool LoadDemoData { get; set; } = true;
}

public static class DemoDataSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        // Bound and validated at start: "VoiceHub__LoadDemoData=maybe" stops the start with the key's name, not later.
        services.AddOptions<DemoDataOptions>().BindConfiguration("VoiceHub").ValidateOnStart();
        services.AddSingleton<DemoDataStore>();
        services.AddSingleton<DemoDataBanner>();
        services.AddTransient<DemoDataJob>();
        return services;
    }

    /// <summary>
    /// Enqueues the demo load when it is on, the hub holds no feedback and the demo data was never loaded or removed.
    /// Only enqueues: the first page is not kept waiting.
    /// </summary>
    public static async Task EnqueueIfNewAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoDataOptions>>().Value.LoadDemoData) return;
        if (!await services.GetRequiredService<DemoDataStore>().TryClaimLoadAsync(ct)) return;
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<DemoDataJob>(j => j.LoadAsync(CancellationToken.None));
    }
}

/// <summary>
/// Whether demo data is stored, for the banner on staff pages: asked of PostgreSQL at most every 10 seconds per node, so
/// a page costs no query (and the banner goes within 10 seconds of removal on other nodes; at once on the removing one).
/// </summary>
public sealed class DemoDataBanner(DemoDataStore store, TimeProvider clock)
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(10);
    private (bool Present, DateTimeOffset At)? _last;

    public async Task<bool> PresentAsync(CancellationToken ct)
    {
        if (_last is { } last && clock.GetUtcNow() - last.At < Remember) return last.Present;
        var present = await store.AnyAsync(ct);
        _last = (present, clock.GetUtcNow());
        return present;
    }

    public void Forget() => _last = null;
}
