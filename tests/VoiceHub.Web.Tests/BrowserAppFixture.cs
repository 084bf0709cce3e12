using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// The app and Debian's Chromium for one <see cref="BrowserAppTests"/> class: started before its first test, stopped after
/// its last. A class that needs other settings derives from this and overrides <see cref="Settings"/>.
/// </summary>
public class BrowserAppFixture(PostgresCluster cluster) : IAsyncLifetime
{
    public VoiceHubApp App { get; private set; } = null!;
    public Browser Chromium { get; private set; } = null!;

    /// <summary>The app's configuration on top of the test defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async ValueTask InitializeAsync()
    {
        App = await VoiceHubApp.StartAsync(cluster, Settings);
        Chromium = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
