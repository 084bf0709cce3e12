using Microsoft.Playwright;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Public;

/// <summary>
/// A resident at the front door in a real browser: the three things they can do, Easy Read on every public page, the
/// public 404 and the accessibility statement's contacts; then the header for an Our Voice member and an administrator
/// at desktop and phone widths. axe-core checks every page.
/// </summary>
public sealed class FrontDoorBrowserTests(FrontDoorBrowserTests.Fixture f) : BrowserAppTests(f), IClassFixture<FrontDoorBrowserTests.Fixture>
{
    /// <summary>The app with the accessibility statement's contacts and date set, and Chromium.</summary>
    public sealed class Fixture(PostgresCluster cluster) : BrowserAppFixture(cluster)
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["VoiceHub:Accessibility:ContactEmail"] = "access@test-council.example",
            ["VoiceHub:Accessibility:ContactPhone"] = "01632 960 001",
            ["VoiceHub:Accessibility:LastReviewedOn"] = "2026-10-01",
        };
    }

    [Fact]
    public async Task FrontDoor_AResident_FindsTheThreePathsEasyReadEverywhereAndAPublicNotFound()
    {
        var page = await NewPageAsync();
        var main = page.Locator("main");

        // The three paths from the front door, each landing on its page.
        foreach (var (link, heading) in new[]
                 {
                     ("Give feedback", "Give feedback about adult social care"),
                     ("Track your feedback", "Track your feedback"),
                     ("See what we did", "You said, we did"),
                 })
        {
            await page.GotoAsync("/");
            await main.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).Or(main.GetByRole(AriaRole.Button, new() { Name = link, Exact = true })).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        }
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Give feedback" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        // Easy Read on every public page: pictures with short sentences, a way back, no axe violations.
        foreach (var path in new[] { "/", "/give-feedback", "/track", "/you-said-we-did", "/get-involved", "/get-involved/register", "/accessibility" })
        {
            await page.GotoAsync(path);
            await page.GetByRole(AriaRole.Link, new() { Name = "Easy Read version of this page" }).ClickAsync();
            await Browser.ArriveAsync(page, "**view=easy-read");
            Assert.True(await page.Locator(".app-easy-read__point").CountAsync() >= 2, $"{path} has no Easy Read points");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Show the standard version of this page" })).ToBeVisibleAsync();
            await Browser.AssertAccessibleAsync(page);
        }

        // Feedback given in Easy Read: the reference comes back in Easy Read too, and the stop-emails page has its view.
        await page.GotoAsync("/give-feedback?view=easy-read");
        await page.GetByLabel("Your feedback").FillAsync("The carers' group at the library helps me a lot.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Browser.ArriveAsync(page, "**/give-feedback/sent?view=easy-read");
        await Assertions.Expect(page.Locator(".app-easy-read")).ToContainTextAsync("Use your reference to see what we did.");
        await Browser.AssertAccessibleAsync(page);
        var reference = VoiceHub.Core.ReferenceCode.Normalise(await page.Locator(".app-reference").InnerTextAsync())!;
        var itemId = await App.Get<ItemReferenceStore>().FindByReferenceAsync(reference, CancellationToken.None);
        Assert.NotNull(itemId);
        var token = await App.Get<FeedbackContactStore>().AddAsync(itemId.Value, "person@example.com", DateTimeOffset.UtcNow, CancellationToken.None);
        await page.GotoAsync($"/track/stop-emails/{token}?view=easy-read");
        await Assertions.Expect(page.Locator(".app-easy-read")).ToContainTextAsync("We can stop emailing you");
        await Browser.AssertAccessibleAsync(page);

        // An address that is not there is "Page not found" for the public, not the staff sign-in.
        var missing = await page.GotoAsync("/track/nothing");
        Assert.Equal(404, missing!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        Assert.DoesNotContain("/account/sign-in", page.Url);
        await Assertions.Expect(main.GetByLabel("Password")).ToHaveCountAsync(0);
        await Browser.AssertAccessibleAsync(page);
        // It has an Easy Read view too, still a 404.
        await page.GetByRole(AriaRole.Link, new() { Name = "Easy Read version of this page" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-easy-read")).ToContainTextAsync("We cannot find this page.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(page);

        // The accessibility statement: the council's contacts and dates from settings, and the regulations' sections.
        await page.GotoAsync("/accessibility");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "access@test-council.example" }).First).ToHaveAttributeAsync("href", "mailto:access@test-council.example");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = "01632 960 001" })).ToHaveAttributeAsync("href", "tel:01632960001");
        await Assertions.Expect(main).ToContainTextAsync("It was last reviewed on 1 October 2026.");
        foreach (var section in new[] { "Compliance status", "Non-accessible content", "Feedback and contact information", "Reporting accessibility problems with this website", "Enforcement procedure", "Preparation of this accessibility statement" })
        {
            await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Name = section })).ToBeVisibleAsync();
        }
        await Assertions.Expect(main).ToContainTextAsync("Equality Commission for Northern Ireland (ECNI)");
        await Browser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Header_SignedInMemberAndAdmin_KeepsGiveFeedbackShowsSignOutAndFitsDesktopAndPhone()
    {
        // An Our Voice member: not asked to sign in, Give feedback still in the menu, Sign out a real button.
        var member = await SignedInPageAsync(await App.CreateUserAsync(Roles.OurVoice), VoiceHubApp.StaffPassword, "/our-voice");
        await member.GotoAsync("/");
        var menu = member.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Give feedback" })).ToBeVisibleAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Our Voice" })).ToBeVisibleAsync();
        await Assertions.Expect(member.Locator("body")).Not.ToContainTextAsync("sign in", new() { IgnoreCase = true });
        await Assertions.Expect(member.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(member);

        // An administrator has the most menu items: one line at 1280 px, and Sign out underlined like a link.
        var admin = await SignedInPageAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword, "/search");
        await admin.SetViewportSizeAsync(1280, 800);
        var tops = await admin.Locator(".govuk-service-navigation__item").EvaluateAllAsync<double[]>("items => items.map(i => Math.round(i.getBoundingClientRect().top))");
        Assert.True(tops.Length >= 10, $"expected the admin's menu, found {tops.Length} items");
        Assert.True(tops.Distinct().Count() == 1, $"the menu wraps at 1280 px: item tops {string.Join(", ", tops)}");
        var signOut = admin.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Assertions.Expect(signOut).ToBeVisibleAsync();
        Assert.Contains("underline", await signOut.EvaluateAsync<string>("b => getComputedStyle(b).textDecorationLine"));
        var header = await admin.Locator(".govuk-generic-header").BoundingBoxAsync();
        Assert.True(header!.Height < 80, $"the header bar is {header.Height} px high at 1280 px");
        await Browser.AssertAccessibleAsync(admin);

        // At 375 px the menu folds behind its button and Sign out stays on screen, nothing wider than the page.
        await admin.SetViewportSizeAsync(375, 800);
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Menu" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Documents" })).ToBeHiddenAsync();
        var box = await signOut.BoundingBoxAsync();
        Assert.True(box is not null && box.X + box.Width <= 375, "Sign out is off screen at 375 px");
        Assert.True(await admin.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 375"), "the page scrolls sideways at 375 px");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Documents" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(admin);
    }
}
