using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace VoiceHub.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (it cannot download its own browser here), with axe-core to check pages.
/// The flags keep Chromium off the network it has no business reaching.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("VOICEHUB_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not at {ExecutablePath}: install Debian's chromium package (apt-get install chromium) or set VOICEHUB_CHROMIUM.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
            ],
        });
        return new Browser(playwright, browser);
    }

    public async Task<IPage> NewPageAsync(Uri baseUrl)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString() });
        // Generous: the other test assemblies (model training, two-node ingests) run beside these on two cores, and the
        // hub's own first training runs in the background of some of these tests; a page that needs long under that
        // load is not a failure of the page. At 60 s, two runs of stop 19 timed out while a model was being trained.
        context.SetDefaultTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(120_000);
        return await context.NewPageAsync();
    }

    /// <summary>A new page that asked for <paramref name="path"/>, signed in on the sign-in page it was sent to, and is back there.</summary>
    public async Task<IPage> SignedInPageAsync(Uri baseUrl, string email, string password, string path)
    {
        var page = await NewPageAsync(baseUrl);
        await page.GotoAsync(path);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + path);
        return page;
    }

    /// <summary>
    /// Reloads once the page has settled and returns the text of <paramref name="selector"/>: for waiting on a background
    /// job. A reload that collides with a navigation still under way counts as "not yet", not as a failure.
    /// </summary>
    public static async Task<string> ReloadedTextAsync(IPage page, string selector)
    {
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
            await page.ReloadAsync();
            return await page.Locator(selector).InnerTextAsync();
        }
        catch (PlaywrightException)
        {
            return "";
        }
    }

    /// <summary>Runs axe-core on the page and fails listing every violation, its rule and the elements involved.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var problems = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(problems.Count == 0, $"axe found {problems.Count} violation(s) on {page.Url}:\n" + string.Join("\n", problems));
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
