using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>A member of staff in a real browser: sign in, upload a survey, find what people said. axe-core checks each page.</summary>
public sealed class BrowserTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;
    private Browser _browser = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await VoiceHubApp.StartAsync(cluster);
        _browser = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task UploadThenSearch_StaffInABrowser_FindsTheFeedbackOnAccessiblePages()
    {
        var email = await _app.CreateUserAsync(Roles.Staff);
        var page = await _browser.NewPageAsync(_app.BaseUrl);

        await page.GotoAsync("/");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/search");
        Assert.Contains("/account/sign-in", page.Url);
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(VoiceHubApp.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/search");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search what people said" })).ToBeVisibleAsync();

        await page.GotoAsync("/upload");
        Assert.True(page.Url.EndsWith("/upload"), $"Expected the upload page, got {page.Url}: {await page.Locator("main").InnerTextAsync()}");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page); // the page with errors too

        await page.GetByLabel("Survey").CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(TestPaths.Sample("survey.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/documents/*");
        await Eventually.WaitAsync(async () =>
        {
            await page.ReloadAsync();
            return await page.Locator(".govuk-summary-list").InnerTextAsync();
        }, text => text.Contains("Ingested"), TimeSpan.FromSeconds(30), "the document to be ingested");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/search");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Search feedback").FillAsync("explained everything");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 results" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-result mark").First).ToHaveTextAsync("explained");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/accessibility");
        await Browser.AssertAccessibleAsync(page);
    }
}
