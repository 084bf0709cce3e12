using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace VoiceHub.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (it cannot download its own browser here), with axe-core to check pages.
/// The flags keep Chromium off the network it has no business reaching.
/// </summary>
/// <remarks>
/// One Chromium (and one Playwright driver) serves the whole test process: launched when a test first asks for it, and
/// closed at the end by <see cref="SharedChromium"/>, an assembly fixture. Each <see cref="Browser"/> is one test's or
/// class's share of it: every page it opens is in a fresh browser context (cookies, storage and cache of its own), and
/// disposing it closes those contexts. Tests here run one at a time, so a test never shares the browser with another.
/// </remarks>
public sealed class Browser : IAsyncDisposable
{
    private static readonly SemaphoreSlim Launching = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _shared;

    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _contexts = [];

    private Browser(IBrowser browser) => _browser = browser;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("VOICEHUB_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    /// <summary>A share of the process's Chromium, launched now if it is not running yet (or no longer).</summary>
    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not at {ExecutablePath}: install Debian's chromium package (apt-get install chromium) or set VOICEHUB_CHROMIUM.");
        }
        await Launching.WaitAsync();
        try
        {
            if (_shared is not { IsConnected: true })
            {
                await CloseSharedAsync();
                _playwright = await Playwright.CreateAsync();
                _shared = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args =
                    [
                        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--no-first-run", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
                    ],
                });
            }
            return new Browser(_shared);
        }
        finally
        {
            Launching.Release();
        }
    }

    /// <summary>Closes the process's Chromium and its Playwright driver, if launched.</summary>
    internal static async Task CloseSharedAsync()
    {
        if (_shared is not null) await _shared.DisposeAsync();
        _playwright?.Dispose();
        (_shared, _playwright) = (null, null);
    }

    public async Task<IPage> NewPageAsync(Uri baseUrl)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString() });
        _contexts.Add(context);
        // Generous: the other test assemblies (model training, two-node ingests) run beside these on two cores, and the
        // hub's own first training runs in the background of some of these tests; a page that needs long under that
        // load is not a failure of the page. At 60 s, two runs of stop 19 timed out while a model was being trained.
        context.SetDefaultTimeout((int)Patience.TotalMilliseconds);
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    /// <summary>How long a page may take under the load of the other test assemblies.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Waits until the page's address matches <paramref name="glob"/> (<c>**</c> any text, <c>*</c> any text without a
    /// slash), then fails naming where the page is and what it says. Unlike Playwright's WaitForURLAsync it does not then
    /// wait for the page's load event: a CI run spent 120 s there on a page that had arrived and gone network-idle.
    /// It waits for the document to be parsed instead.
    /// </summary>
    public static Task ArriveAsync(IPage page, string glob)
    {
        var pattern = new Regex("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$");
        return ArriveAsync(page, url => pattern.IsMatch(url), glob);
    }

    /// <summary>Waits until <paramref name="arrived"/> holds for the page's address; see <see cref="ArriveAsync(IPage, string)"/>.</summary>
    public static async Task ArriveAsync(IPage page, Func<string, bool> arrived, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!arrived(page.Url))
        {
            if (clock.Elapsed > Patience)
            {
                string text;
                try
                {
                    text = await page.Locator("main").InnerTextAsync(new() { Timeout = 5_000 });
                }
                catch (PlaywrightException e)
                {
                    text = $"(its main element could not be read: {e.Message})";
                }
                Assert.Fail($"Expected the page to reach {what}; after {Patience.TotalSeconds:0} s it is at {page.Url}, saying: {text}");
            }
            await Task.Delay(100);
        }
        // The document is parsed (what the test reads next is there), whether or not every last resource has loaded.
        await page.WaitForFunctionAsync("() => document.readyState !== 'loading'");
    }

    /// <summary>A new page that asked for <paramref name="path"/>, signed in on the sign-in page it was sent to, and is back there.</summary>
    public async Task<IPage> SignedInPageAsync(Uri baseUrl, string email, string password, string path)
    {
        var page = await NewPageAsync(baseUrl);
        await page.GotoAsync(path);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await ArriveAsync(page, "**" + path);
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

    // Every rule runs and every violation is listed in full; passes and rules that did not apply, which nothing here reads,
    // are not described node by node (axe's resultTypes option: building those selectors is the costly part of a run).
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    /// <summary>Runs axe-core on the page and fails listing every violation, its rule and the elements involved.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(ViolationsOnly);
        var problems = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(problems.Count == 0, $"axe found {problems.Count} violation(s) on {page.Url}:\n" + string.Join("\n", problems));
    }

    /// <summary>Closes the contexts (and their pages) this share opened; the browser stays for the next test.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
        _contexts.Clear();
    }
}
