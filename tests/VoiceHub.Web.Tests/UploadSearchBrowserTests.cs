using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>
/// A member of staff in a real browser: sign in, upload a survey, find what people said. axe-core checks each page.
/// Alone in its class, so its app holds only its own upload: another test's feedback in the same app would change the
/// count it checks.
/// </summary>
public sealed class UploadSearchBrowserTests(BrowserAppFixture f) : BrowserAppTests(f), IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task UploadThenSearch_StaffInABrowser_FindsTheFeedbackOnAccessiblePages()
    {
        var email = await App.CreateUserAsync(Roles.Staff);
        var page = await NewPageAsync();

        await page.GotoAsync("/");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/search");
        Assert.Contains("/account/sign-in", page.Url);
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(VoiceHubApp.StaffPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/search");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search what people said" })).ToBeVisibleAsync();

        await page.GotoAsync("/upload");
        Assert.True(page.Url.EndsWith("/upload", StringComparison.Ordinal), $"Expected the upload page, got {page.Url}: {await page.Locator("main").InnerTextAsync()}");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page); // the page with errors too

        await page.GetByLabel("Survey").CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(TestPaths.Sample("survey.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Browser.ArriveAsync(page, "**/documents/*/mapping");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What does each column hold?" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/documents/*?uploaded=new");
        await Eventually.WaitAsync(() => Browser.ReloadedTextAsync(page, ".govuk-summary-list"), text => text.Contains("Ingested"), TimeSpan.FromSeconds(30), "the document to be ingested");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/search");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Search feedback").FillAsync("explained everything");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // Whether feedback that means the same is listed too depends on whether the embedding job has reached the
        // upload yet; either way the feedback with the words comes first.
        await Assertions.Expect(page.Locator(".app-result mark").First).ToHaveTextAsync("explained");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Only feedback with these words").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2 results" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-result mark").First).ToHaveTextAsync("explained");

        await page.GotoAsync("/accessibility");
        await Browser.AssertAccessibleAsync(page);
    }
}
