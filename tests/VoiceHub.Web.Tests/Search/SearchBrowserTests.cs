using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Web.Tests.Search;

/// <summary>A commissioner in a real browser: search, narrow by a facet, read an item, save the search. axe-core checks each page.</summary>
[Collection(nameof(SearchAppCollection))]
public sealed class SearchBrowserTests(SearchAppFixture f) : IAsyncLifetime
{
    private Browser _browser = null!;

    public async ValueTask InitializeAsync() => _browser = await Browser.LaunchAsync();

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task SearchFilterReadAndSave_InABrowser_EveryPageIsAccessible()
    {
        var email = await f.App.CreateUserAsync(Roles.Staff, rawText: true);
        var page = await _browser.NewPageAsync(f.App.BaseUrl);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(VoiceHubApp.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Browser.ArriveAsync(page, url => !url.Contains("sign-in"), "a page other than sign-in");

        await page.GotoAsync("/search");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Search feedback").FillAsync("staff");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#results-heading")).ToContainTextAsync("results");
        await Browser.AssertAccessibleAsync(page);

        var grays = page.GetByRole(AriaRole.Checkbox, new() { Name = "Grays" });
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(await page.Locator("label[for='" + await grays.GetAttributeAsync("id") + "']").InnerTextAsync(), "\\((\\d+)\\)").Groups[1].Value, CultureInfo.InvariantCulture);
        await grays.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync($"{count} {(count == 1 ? "result" : "results")}");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Grays" })).ToBeCheckedAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.Locator(".app-result a").First.ClickAsync();
        await Browser.ArriveAsync(page, "**/items/*");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Similar feedback" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByText("Show raw text").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Show the text as received" }).ClickAsync();
        await Assertions.Expect(page.GetByText("As received (this view has been recorded)")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to search results" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/search?**");

        await page.GetByLabel("Name this search to save it").FillAsync("Staff in Grays");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save search" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/search/saved**");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Staff in Grays" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/search?q=staff&from-day=31&from-month=2&from-year=2026");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
    }
}
