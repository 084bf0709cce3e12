using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Privacy;

/// <summary>In a real browser, with axe-core: the admin's re-redaction page, and the survey mapping step refusing a personal column.</summary>
public sealed class RedactionBrowserTests(BrowserAppFixture f) : BrowserAppTests(f), IClassFixture<BrowserAppFixture>
{

    [Fact]
    public async Task AdminRedactionPage_AnAdminStartsARun_AccessibleBeforeAndAfter()
    {
        var page = await SignedInPageAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword, "/admin/redaction");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Redact stored feedback again" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Redact stored feedback again" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Re-redaction has started")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);
        await Eventually.WaitAsync(() => Browser.ReloadedTextAsync(page, "#last-run"), t => t.Contains("Finished"), TimeSpan.FromSeconds(30), "the run");
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task SurveyMapping_StaffChooseDateOfBirthAsTheDate_AreToldWhyOnAnAccessiblePage()
    {
        var page = await SignedInPageAsync(await App.CreateUserAsync(Roles.Staff), VoiceHubApp.StaffPassword, "/upload");
        await page.GetByLabel("Survey").CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "survey.csv", MimeType = "text/csv",
            Buffer = "Date of birth,Date,What would make things better?\n01/03/1940,01/10/2026,The day centre needs more staff at lunchtime\n"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Browser.ArriveAsync(page, "**/documents/*/mapping");
        await Assertions.Expect(page.GetByText("Column 'Date of birth' holds personal details, so VoiceHub will not read it")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.GetByLabel("Date of birth").SelectOptionAsync("date");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Column 'Date of birth' holds personal details");
        await Browser.AssertAccessibleAsync(page);
    }
}
