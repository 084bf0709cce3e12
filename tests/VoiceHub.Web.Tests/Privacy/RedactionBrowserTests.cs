using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Privacy;

/// <summary>In a real browser, with axe-core: the admin's re-redaction page, and the survey mapping step refusing a personal column.</summary>
[Trait("Category", "Slow")]
public sealed class RedactionBrowserTests(PostgresCluster cluster) : IAsyncLifetime
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
    public async Task AdminRedactionPage_AnAdminStartsARun_AccessibleBeforeAndAfter()
    {
        var page = await SignInAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword, "/admin/redaction");
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
        var page = await SignInAsync(await _app.CreateUserAsync(Roles.Staff), VoiceHubApp.StaffPassword, "/upload");
        await page.GetByLabel("Survey").CheckAsync();
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload
        {
            Name = "survey.csv", MimeType = "text/csv",
            Buffer = "Date of birth,Date,What would make things better?\n01/03/1940,01/10/2026,The day centre needs more staff at lunchtime\n"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/documents/*/mapping");
        await Assertions.Expect(page.GetByText("Column 'Date of birth' holds personal details, so VoiceHub will not read it")).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        await page.GetByLabel("Date of birth").SelectOptionAsync("date");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Column 'Date of birth' holds personal details");
        await Browser.AssertAccessibleAsync(page);
    }

    private Task<IPage> SignInAsync(string email, string password, string path) =>
        _browser.SignedInPageAsync(_app.BaseUrl, email, password, path);
}
