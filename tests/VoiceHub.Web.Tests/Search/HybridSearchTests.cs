using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using VoiceHub.Core.Model;

namespace VoiceHub.Web.Tests.Search;

/// <summary>
/// Search by meaning in the running app: the sample survey embedded by the real job (arctic-embed-xs on ONNX Runtime),
/// followed into the node's vector index, and searched through the API, the page (in Chromium, with axe) and the
/// item page's similar feedback.
/// </summary>
[Collection(nameof(SearchAppCollection))]
public sealed class HybridSearchTests(SearchAppFixture f) : IAsyncLifetime
{
    // No comment has all these words; two say it in others ("I never got through to a human being",
    // "difficulty getting through to crisis number").
    private const string Query = "could not get through on the phone";

    private Browser _browser = null!;

    // The fixture has every item embedded and held by the node before the first test.
    public async ValueTask InitializeAsync() => _browser = await Browser.LaunchAsync();

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Api_PlainWordsWithoutWordMatches_FindsFeedbackThatMeansTheSame_ButNotWhenExact()
    {
        var json = await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(Query) + "&pageSize=10");
        var total = json.GetProperty("total").GetInt32();
        Assert.InRange(total, 1, 100);
        Assert.Equal(total, json.GetProperty("byMeaning").GetInt32());
        var texts = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("text").GetString()!).ToList();
        Assert.Contains(texts, t => t.Contains("got through to a human", StringComparison.Ordinal) || t.Contains("getting through to crisis", StringComparison.Ordinal));
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.True(h.GetProperty("byMeaning").GetBoolean()));
        // Facets count exactly what is listed.
        var localities = json.GetProperty("facets").GetProperty("locality").EnumerateArray().Sum(v => v.GetProperty("count").GetInt32());
        Assert.InRange(localities, 0, total);
        var grays = await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(Query) + "&locality=Grays");
        Assert.Equal(json.GetProperty("facets").GetProperty("locality").EnumerateArray().Where(v => v.GetProperty("value").GetString() == "Grays")
            .Sum(v => v.GetProperty("count").GetInt32()), grays.GetProperty("total").GetInt32());

        var exact = await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?exact=true&q=" + Uri.EscapeDataString(Query));
        Assert.Equal(0, exact.GetProperty("total").GetInt32());
        Assert.True(exact.GetProperty("exact").GetBoolean());

        var nonsense = await f.Staff.GetFromJsonAsync<JsonElement>("/api/search?q=xqzv+blorp");
        Assert.Equal(0, nonsense.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SearchAndSimilar_InABrowser_SayWhatWasFoundByMeaningAndAreAccessible()
    {
        var email = await f.App.CreateUserAsync(Roles.Staff);
        var page = await _browser.NewPageAsync(f.App.BaseUrl);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(VoiceHubApp.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Browser.ArriveAsync(page, url => !url.Contains("sign-in"), "a page other than sign-in");

        await page.GotoAsync("/search");
        await page.GetByLabel("Search feedback").FillAsync(Query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#search-message")).ToContainTextAsync("No feedback has all these words, so this shows feedback that means the same.");
        await Assertions.Expect(page.Locator(".app-result__meaning").First).ToHaveTextAsync("Means the same");
        await Browser.AssertAccessibleAsync(page);

        // Words only: the box ticked, nothing has every word.
        await page.GetByLabel("Only feedback with these words").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#results-heading")).ToHaveTextAsync("0 results");
        await Assertions.Expect(page.GetByLabel("Only feedback with these words")).ToBeCheckedAsync();

        // Similar feedback by meaning, not the item itself.
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("\"got through to a human being\""));
        await page.Locator(".app-result a").First.ClickAsync();
        await Browser.ArriveAsync(page, "**/items/*");
        var own = page.Url.Split('/')[^1];
        await Assertions.Expect(page.Locator("#similar-how")).ToHaveTextAsync("The feedback closest in meaning to this, leaving out repeats of it.");
        Assert.DoesNotContain(await page.Locator(".app-result a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"), h => h == "/items/" + own);
        await Browser.AssertAccessibleAsync(page);
    }
}
