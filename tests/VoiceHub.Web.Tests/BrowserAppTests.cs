using Microsoft.Playwright;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// A test class whose tests use the app and Debian's Chromium: both start once for the class and stop after it.
/// <paramref name="settings"/> are the app's configuration on top of the test defaults.
/// </summary>
public abstract class BrowserAppTests(PostgresCluster cluster, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    protected VoiceHubApp App { get; private set; } = null!;
    protected Browser Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await VoiceHubApp.StartAsync(cluster, settings);
        Chromium = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A new page in a fresh browser context: nobody signed in.</summary>
    protected Task<IPage> NewPageAsync() => Chromium.NewPageAsync(App.BaseUrl);

    /// <summary>A new page that asked for <paramref name="path"/> and signed in on the way.</summary>
    protected Task<IPage> SignedInPageAsync(string email, string password, string path) => Chromium.SignedInPageAsync(App.BaseUrl, email, password, path);
}
