using Dapper;
using Microsoft.Playwright;
using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Tests.Projects;

namespace VoiceHub.Web.Tests.Pages.Admin;

/// <summary>
/// An admin owns the themes in Chromium (add, rename the public name, make one internal), and no public page shows a
/// non-public name: the board's topic filter in both views, Track, and the evidence report. axe-core on every page.
/// </summary>
public sealed class ThemesAdminBrowserTests(BrowserAppFixture f) : BrowserAppTests(f), IClassFixture<BrowserAppFixture>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminChangesThemes_PublicPagesShowPublicNamesOnly()
    {
        // Feedback on a public action, labelled with a public theme, internal ones and a retired hospital theme.
        var (itemId, reference) = await WebData.AddItemAsync(App, "The bus to the day centre is late and nobody rings back");
        foreach (var theme in new[] { "Transport to/ from services", "Timeliness of care", "Not assigned", "Mental Health Act" })
            await WebData.ThemeAsync(App, itemId, theme);
        var actions = App.Get<ActionStore>();
        var actionId = await actions.CreateAsync(WebData.Action("Run the day centre bus on time"), null, "test", _ct);
        await actions.LinkItemsAsync(actionId, [itemId], null, "test", _ct);
        var themes = (await App.Get<ThemeStore>().ListAllAsync(_ct)).ToDictionary(t => t.Name);

        var admin = await SignedInPageAsync(await App.CreateUserAsync(Roles.Admin), VoiceHubApp.StaffPassword, "/admin/themes");
        await Browser.AssertAccessibleAsync(admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add theme" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a name for the theme");
        await Browser.AssertAccessibleAsync(admin);
        await admin.GetByLabel("Staff name").FillAsync("Befriending");
        await admin.GetByLabel("Category").FillAsync("Working with people");
        await admin.GetByLabel("Description").FillAsync("Befriending schemes and visiting services for people who are lonely.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add theme" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Befriending" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator(".govuk-summary-list")).ToContainTextAsync("Internal: not shown to the public");
        // No examples of staff's own yet: the list's confirmations alone would set the theme's cut, so the page asks for two first.
        await Assertions.Expect(admin.Locator(".govuk-inset-text")).ToContainTextAsync("Find at least two examples yourself first");
        await Browser.AssertAccessibleAsync(admin);
        // Public without a public name is refused with a clear message.
        await admin.GetByLabel("Show to the public").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save theme" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a public name, or untick Show to the public");
        await Browser.AssertAccessibleAsync(admin);

        // Transport gets a new public name; waiting times become internal.
        await admin.GotoAsync($"/admin/themes/{themes["Transport to/ from services"].Id}");
        await admin.GetByLabel("Public name").FillAsync("Getting to services");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save theme" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("saved");
        await admin.GotoAsync($"/admin/themes/{themes["Timeliness of care"].Id}");
        await admin.GetByLabel("Show to the public").UncheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save theme" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-notification-banner")).ToContainTextAsync("saved");
        await Browser.AssertAccessibleAsync(admin);
        await using (var conn = await App.Get<NpgsqlDataSource>().OpenConnectionAsync(_ct))
        {
            Assert.Equal(1, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'theme-added'"));
            Assert.Equal(2, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'theme-changed'"));
        }

        string[] neverPublic = ["Not assigned", "Timeliness of care", "Waiting for support", "Mental Health Act", "Transport to/ from services",
            "Befriending", "Pain management", "Electronic entertainment", "involving patients", "Appointment arrangements"];
        var visitor = await NewPageAsync();
        foreach (var (view, transport) in new[] { ("", "Getting to services"), ("?view=easy-read", "Getting there") })
        {
            await visitor.GotoAsync("/you-said-we-did" + view);
            var options = await visitor.Locator("#Theme option").AllInnerTextsAsync();
            Assert.Contains(transport, options);
            Assert.Contains(view == "" ? "Care at home" : "Help at home", options);
            foreach (var name in neverPublic) Assert.DoesNotContain(options, o => o.Contains(name, StringComparison.OrdinalIgnoreCase));
            await visitor.Locator("#Theme").SelectOptionAsync(new SelectOptionValue { Label = transport });
            await visitor.GetByRole(AriaRole.Button, new() { Name = "Show actions" }).ClickAsync();
            await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Run the day centre bus on time");
            await Browser.AssertAccessibleAsync(visitor);
        }

        await visitor.GotoAsync("/track");
        await visitor.GetByLabel("Your reference").FillAsync(ReferenceCode.Format(reference));
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Show what happened" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("grouped it with what other people told us about: Getting to services.");
        var track = await visitor.Locator("main").InnerTextAsync();
        foreach (var name in neverPublic) Assert.DoesNotContain(name, track, StringComparison.OrdinalIgnoreCase);
        await Browser.AssertAccessibleAsync(visitor);

        var ourVoice = await SignedInPageAsync(await App.CreateUserAsync(Roles.OurVoice), VoiceHubApp.StaffPassword, "/evidence");
        var byTheme = ourVoice.Locator("table", new() { Has = ourVoice.GetByText("Feedback by theme") });
        await Assertions.Expect(byTheme).ToContainTextAsync("Getting to services");
        var evidence = await byTheme.InnerTextAsync();
        foreach (var name in neverPublic) Assert.DoesNotContain(name, evidence, StringComparison.OrdinalIgnoreCase);
        await Browser.AssertAccessibleAsync(ourVoice);
    }
}
