using Dapper;
using Microsoft.Playwright;
using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>
/// The whole loop in Chromium: feedback arrives (through the public form and the real ingest job) and has a
/// reference; a member of the public tracks it; staff link it to a project and an action and mark the action done; the
/// reference then shows it done. axe-core checks every public page on the way, in both views, with and without errors.
/// </summary>
public sealed class LoopBrowserTests(BrowserAppFixture f) : BrowserAppTests(f), IClassFixture<BrowserAppFixture>
{

    [Fact]
    public async Task FeedbackToDone_StaffAndPublicInABrowser_TheCodeShowsEachStepOnAccessiblePages()
    {
        // A person gives feedback on the public form and is shown their reference code.
        var giver = await NewPageAsync();
        await giver.GotoAsync("/give-feedback");
        await giver.GetByLabel("Your feedback").FillAsync("Sat and explained everything about the care options, was very informative.");
        await giver.GetByLabel("Which area is it about? (optional)").SelectOptionAsync("Grays");
        await giver.GetByLabel("No").CheckAsync();
        await giver.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(giver.GetByRole(AriaRole.Heading, new() { Name = "Feedback sent" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(giver);
        var code = ReferenceCode.Normalise(await giver.Locator(".app-reference").InnerTextAsync())!;
        Assert.NotNull(code);
        var staff = await SignInAsync(await App.CreateUserAsync(Roles.Staff));

        // The person tracks it: received, nothing more yet.
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/track");
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Show what happened" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your reference");
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.GetByLabel("Your reference").FillAsync("ABCD-EFGH-JKMN");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Show what happened" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".govuk-error-summary")).ToContainTextAsync("We could not find feedback with that reference");
        await TrackAsync(visitor, code);
        await Assertions.Expect(visitor.Locator(".app-timeline__step--reached")).ToHaveCountAsync(1);
        await Browser.AssertAccessibleAsync(visitor);

        // Staff make a project, link the feedback by its reference, and make a published action in it.
        await staff.GotoAsync("/projects/new");
        await Browser.AssertAccessibleAsync(staff);
        await staff.GetByLabel("Title").FillAsync("Clearer information");
        await staff.GetByLabel("Aims").FillAsync("Explain care options clearly at the first visit.");
        await staff.Locator("#Status-active").CheckAsync();
        await staff.Locator("#Type").CheckAsync();
        await staff.Locator("#Rung-co-production").CheckAsync();
        await staff.GetByLabel("Publish on Get involved").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Clearer information" })).ToBeVisibleAsync();
        var projectUrl = staff.Url;
        await staff.GetByRole(AriaRole.Link, new() { Name = "Link feedback" }).First.ClickAsync();
        await Browser.AssertAccessibleAsync(staff);
        await staff.GetByLabel("Item numbers or references").FillAsync(code.ToLowerInvariant());
        await staff.GetByRole(AriaRole.Button, new() { Name = "Link items" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Feedback linked to this project");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("Sat and explained everything");
        await Browser.AssertAccessibleAsync(staff);

        await staff.GetByRole(AriaRole.Link, new() { Name = "Add an action" }).First.ClickAsync();
        await staff.GetByLabel("You said", new() { Exact = true }).FillAsync("People want care options explained clearly.");
        await staff.GetByLabel("We will", new() { Exact = true }).FillAsync("Give everyone a plain-English guide at their first visit.");
        await staff.Locator("#DueOn").FillAsync("30");
        await staff.Locator("#DueOn-month").FillAsync("6");
        await staff.Locator("#DueOn-year").FillAsync("2026");
        await staff.GetByLabel("Publish on You said, we did").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Browser.ArriveAsync(staff, "**/actions/*");
        await staff.GetByLabel("Link feedback items").FillAsync(code);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Link items" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Feedback linked to this action");
        await Browser.AssertAccessibleAsync(staff);
        var actionUrl = staff.Url.Split('?')[0];

        await TrackAsync(visitor, code);
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Clearer information");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Give everyone a plain-English guide at their first visit.");
        await Assertions.Expect(visitor.Locator(".app-timeline__step--reached")).ToHaveCountAsync(3);

        // Staff mark it done, with an error on the way (done needs what was done).
        await staff.GotoAsync(actionUrl + "/edit");
        await staff.GetByLabel("Done", new() { Exact = true }).CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what was done");
        await Browser.AssertAccessibleAsync(staff);
        await staff.GetByLabel("We did", new() { Exact = true }).FillAsync("The guide is now given at every first visit.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".govuk-notification-banner")).ToContainTextAsync("Action saved");
        await Browser.AssertAccessibleAsync(staff);

        // The code now shows it done, in both views.
        await TrackAsync(visitor, code);
        await Assertions.Expect(visitor.Locator(".app-timeline__step--reached")).ToHaveCountAsync(4); // received, linked, we will, we did (no classifier here)
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("We did: The guide is now given at every first visit.");
        await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync("Sat and explained everything");
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.GotoAsync("/track?view=easy-read");
        await visitor.GetByLabel("Your reference").FillAsync(code);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Show what happened" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".app-easy-read")).ToContainTextAsync("We did it: The guide is now given at every first visit.");
        await Browser.AssertAccessibleAsync(visitor);

        // The other public pages, each in both views, and the people's bank form with errors, joined and withdrawn.
        foreach (var path in new[] { "/you-said-we-did", "/you-said-we-did?view=easy-read", "/get-involved", "/get-involved?view=easy-read", "/get-involved/register?view=easy-read" })
        {
            await visitor.GotoAsync(path);
            await Browser.AssertAccessibleAsync(visitor);
        }
        await visitor.GotoAsync("/you-said-we-did");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("The guide is now given at every first visit.");
        await visitor.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Grays" });
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Show actions" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "1 action about Grays" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(visitor);

        await visitor.GotoAsync("/get-involved");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Ask to be involved in Clearer information" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Join the people's bank" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your name");
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.GetByLabel("Your name").FillAsync("Ada Carer");
        await visitor.GetByLabel("Email address").FillAsync("ada@example.com");
        await visitor.GetByLabel("I agree").CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Join the people's bank" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "You have joined the people's bank" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.Locator("#withdraw-link").ClickAsync();
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Leave the people's bank" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "You have left the people's bank" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(visitor);

        var itemId = await App.Get<ItemReferenceStore>().FindByReferenceAsync(code, CancellationToken.None);
        var token = await App.Get<FeedbackContactStore>().AddAsync(itemId!.Value, "person@example.com", DateTimeOffset.UtcNow, CancellationToken.None);
        await visitor.GotoAsync($"/track/stop-emails/{token}");
        await Browser.AssertAccessibleAsync(visitor);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Stop emails" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "You will not get any more emails" })).ToBeVisibleAsync();
        await Browser.AssertAccessibleAsync(visitor);

        // Our Voice and the evidence report are for people with lived experience too: checked as well.
        var member = await SignInAsync(await App.CreateUserAsync(Roles.OurVoice), "/our-voice");
        await Browser.AssertAccessibleAsync(member);
        await member.GotoAsync("/our-voice?view=easy-read");
        await Browser.AssertAccessibleAsync(member);
        await member.GotoAsync("/evidence");
        await Assertions.Expect(member.Locator("main")).ToContainTextAsync("Clearer information");
        await Browser.AssertAccessibleAsync(member);
        await staff.GotoAsync(projectUrl);
        await Browser.AssertAccessibleAsync(staff);
        await staff.GotoAsync("/actions");
        await Browser.AssertAccessibleAsync(staff);
        await staff.GotoAsync("/actions/import");
        await Browser.AssertAccessibleAsync(staff);
    }

    private Task<IPage> SignInAsync(string email, string path = "/projects") =>
        SignedInPageAsync(email, VoiceHubApp.StaffPassword, path);

    private static async Task TrackAsync(IPage page, string code)
    {
        await page.GotoAsync("/track");
        await page.GetByLabel("Your reference").FillAsync(ReferenceCode.Format(code));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show what happened" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What happened to your feedback" })).ToBeVisibleAsync();
    }
}
