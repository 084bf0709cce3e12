using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests;

/// <summary>The public form and the ingest pages in a real browser, one app for the class. axe-core checks each page.</summary>
public sealed class BrowserTests(BrowserAppFixture f) : BrowserAppTests(f), IClassFixture<BrowserAppFixture>
{
    [Fact]
    public async Task FeedbackForm_AMemberOfThePublic_SendsFeedbackAndSeesTheirReferenceOnAccessiblePages()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/give-feedback");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.GetByLabel("Your feedback").FillAsync("The home care visits in Tilbury are always rushed.");
        await page.GetByLabel("Which area is it about? (optional)").SelectOptionAsync("Tilbury and Chadwell");
        await page.GetByLabel("Yes, you can contact me").CheckAsync();
        await page.GetByLabel("Email address (only if you said yes)").FillAsync("someone@example.com");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/give-feedback/sent");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Feedback sent" })).ToBeVisibleAsync();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", await page.Locator(".app-reference").InnerTextAsync());
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task IngestPages_StaffAndAdmin_ReviewMappingDeleteAndKeysAreAccessible()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(VoiceHubApp.AdminEmail);
        await page.GetByLabel("Password").FillAsync(VoiceHubApp.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Browser.ArriveAsync(page, url => !url.Contains("sign-in"), "a page other than sign-in");

        await page.GotoAsync("/upload/template");
        await Browser.AssertAccessibleAsync(page);

        // Listening Space notes without a date or locality: the review page asks for them.
        await page.GotoAsync("/upload");
        await page.GetByLabel("Listening Space").CheckAsync();
        var notes = Path.Combine(TestPaths.TempDirectory(), "notes.md");
        await File.WriteAllTextAsync(notes, "# Carers' coffee morning\n\n## What people told us\n\n- The respite line never answers\n\n## You said, we will\n\n- You said the respite line never answers. We will: staff it until 6pm.\n");
        await page.GetByLabel("Upload a file").SetInputFilesAsync(notes);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Browser.ArriveAsync(page, "**/documents/*");
        await Eventually.WaitAsync(() => Browser.ReloadedTextAsync(page, "main"), text => text.Contains("Give the missing details"), TimeSpan.FromSeconds(30), "the notes to wait for review");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Give the missing details" }).ClickAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Day").FillAsync("12");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("Locality", new() { Exact = true }).SelectOptionAsync("Grays");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Eventually.WaitAsync(() => Browser.ReloadedTextAsync(page, "main"), text => text.Contains("Draft actions"), TimeSpan.FromSeconds(30), "the notes to be ingested");
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete this document" }).ClickAsync();
        await Browser.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete document" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/documents");
        await Browser.AssertAccessibleAsync(page);

        await page.GotoAsync("/admin/api-keys");
        await Browser.AssertAccessibleAsync(page);
        await page.GetByLabel("Name").FillAsync("Case system");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Assertions.Expect(page.Locator("#new-key")).ToContainTextAsync("vh_");
        await Browser.AssertAccessibleAsync(page);
    }
}
