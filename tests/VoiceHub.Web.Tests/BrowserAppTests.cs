using Microsoft.Playwright;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// A test class whose tests use the app and Debian's Chromium, both started once for the class by its
/// <see cref="BrowserAppFixture"/> (<c>IClassFixture&lt;BrowserAppFixture&gt;</c>, or a fixture derived from it with other
/// settings). Each test opens its pages in a fresh browser context, so no test sees another's cookies or sign-in.
/// </summary>
public abstract class BrowserAppTests(BrowserAppFixture fixture)
{
    protected VoiceHubApp App => fixture.App;
    protected Browser Chromium => fixture.Chromium;

    /// <summary>A new page in a fresh browser context: nobody signed in.</summary>
    protected Task<IPage> NewPageAsync() => Chromium.NewPageAsync(App.BaseUrl);

    /// <summary>A new page that asked for <paramref name="path"/> and signed in on the way.</summary>
    protected Task<IPage> SignedInPageAsync(string email, string password, string path) => Chromium.SignedInPageAsync(App.BaseUrl, email, password, path);
}
