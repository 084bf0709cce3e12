using System.Net;
using Dapper;
using Npgsql;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Pages.Track;
using System.Globalization;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>The public pages and the Our Voice area over HTTP: who gets in, what is shown, and what never is.</summary>
public sealed class PublicPagesTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _app = await VoiceHubApp.StartAsync(cluster);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task PublicPagesAndRoles_EachVisitor_GetsInOnlyWhereTheyShould()
    {
        using var anonymous = _app.NewClient();
        foreach (var path in new[] { "/you-said-we-did", "/get-involved", "/get-involved/register", "/track" })
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
            var easy = await anonymous.GetStringAsync(path + "?view=easy-read");
            Assert.Contains("/images/easy-read/", easy);
            Assert.Contains("Show the standard version of this page", easy);
        }
        foreach (var path in new[] { "/projects", "/projects/new", "/projects/peoples-bank", "/actions", "/actions/import", "/our-voice", "/evidence" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery);
        }

        using var ourVoice = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.OurVoice));
        Assert.Equal(HttpStatusCode.OK, (await ourVoice.GetAsync("/our-voice")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ourVoice.GetAsync("/evidence")).StatusCode);
        foreach (var path in new[] { "/projects", "/actions", "/projects/peoples-bank" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ourVoice.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Track_WrongOrUnknownCode_GetsTheSameAnswer_AndAJourneyNeverShowsTheText()
    {
        var (itemId, reference) = await WebData.AddItemAsync(_app, "My neighbour Mrs Jones waited nine weeks for a carer");
        var projects = _app.Get<ProjectStore>();
        var projectId = await projects.CreateAsync(WebData.Project("Faster home care"), null, _ct);
        await projects.LinkItemsAsync(projectId, [itemId], null, _ct);
        await WebData.ThemeAsync(_app, itemId, "Feeling safe");
        using var client = _app.NewClient();

        async Task<(HttpStatusCode, string)> Lookup(string code)
        {
            var response = await VoiceHubApp.PostFormAsync(client, "/track", new() { ["Reference"] = code });
            var body = await response.Content.ReadAsStringAsync();
            var main = body[body.IndexOf("<main", StringComparison.Ordinal)..body.IndexOf("</main>", StringComparison.Ordinal)];
            // The anti-forgery token and the echoed input differ by design; everything else must match.
            main = System.Text.RegularExpressions.Regex.Replace(main, "value=\"[^\"]*\"", "value=\"\"");
            return (response.StatusCode, main);
        }

        var unknown = await Lookup(ReferenceCode.New());
        var malformed = await Lookup("not a code at all!");
        Assert.Equal(HttpStatusCode.OK, unknown.Item1);
        Assert.Contains(IndexModel.NotFoundMessage, unknown.Item2);
        Assert.Equal(unknown, malformed);

        var (status, page) = await Lookup(reference.ToLowerInvariant()[..4] + "-" + reference[4..8] + " " + reference[8..]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("What happened to your feedback", page);
        Assert.Contains("Faster home care", page);
        Assert.Contains("Feeling safe", page);
        Assert.Contains("app-timeline__step--reached", page);
        Assert.DoesNotContain("Jones", page);
        Assert.DoesNotContain("nine weeks", page);
    }

    [Fact]
    public async Task Board_PublishedActionsOnly_FilteredByTheme()
    {
        var (itemId, _) = await WebData.AddItemAsync(_app, "The day centre bus never comes", "Grays");
        await WebData.ThemeAsync(_app, itemId, "Feeling safe");
        var actions = _app.Get<ActionStore>();
        var shown = await actions.CreateAsync(WebData.Action("Run a second bus on Tuesdays"), null, "t", _ct);
        await actions.LinkItemsAsync(shown, [itemId], null, "t", _ct);
        await actions.CreateAsync(WebData.Action("Secret internal plan", published: false), null, "t", _ct);
        var hiddenProject = await _app.Get<ProjectStore>().CreateAsync(WebData.Project("Unannounced restructure", published: false), null, _ct);
        await actions.CreateAsync(WebData.Action("Another public promise", hiddenProject), null, "t", _ct);
        var themeId = (await _app.Get<ThemeStore>().ListAsync(_ct)).Single(t => t.Name == "Feeling safe").Id;
        using var client = _app.NewClient();

        var all = await client.GetStringAsync("/you-said-we-did");
        Assert.Contains("Run a second bus on Tuesdays", all);
        Assert.Contains("Another public promise", all);
        Assert.DoesNotContain("Secret internal plan", all);
        Assert.DoesNotContain("Unannounced restructure", all); // a published action of an unpublished project: the project stays unnamed
        Assert.DoesNotContain("The day centre bus never comes", all);

        var filtered = await client.GetStringAsync($"/you-said-we-did?theme={themeId}");
        Assert.Contains("1 action about Feeling safe", filtered);
        Assert.DoesNotContain("Another public promise", filtered);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/you-said-we-did?theme=987654&locality=abc")).StatusCode);
    }

    [Fact]
    public async Task GetInvolved_JoinWithConsentThenWithdraw_ErasesTheDetails()
    {
        var projectId = await _app.Get<ProjectStore>().CreateAsync(WebData.Project("Carers' breaks"), null, _ct);
        using var client = _app.NewClient();

        var refused = await VoiceHubApp.PostFormAsync(client, "/get-involved/register", new() { ["Name"] = "Ada Carer", ["Email"] = "ada@example.com" });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#Consent\">Select that you agree", refusedPage);

        var joined = await VoiceHubApp.PostFormAsync(client, "/get-involved/register", new()
        {
            ["Name"] = "Ada Carer", ["Email"] = "ada@example.com", ["Project"] = projectId.ToString(CultureInfo.InvariantCulture), ["Consent"] = "true",
        });
        var page = await joined.Content.ReadAsStringAsync();
        Assert.Contains("You have joined the people's bank", page);
        var withdrawUrl = new Uri(System.Text.RegularExpressions.Regex.Match(page, "id=\"withdraw-link\">([^<]+)<").Groups[1].Value);
        Assert.Equal("ada@example.com", Assert.Single(await _app.Get<PeopleBankStore>().ListAsync(true, _ct)).Email);

        var confirm = await client.GetStringAsync(withdrawUrl.PathAndQuery);
        Assert.Contains("Leave the people's bank", confirm);
        var left = await VoiceHubApp.PostFormAsync(client, withdrawUrl.PathAndQuery, new());
        Assert.Contains("You have left the people's bank", await left.Content.ReadAsStringAsync());

        await using var conn = await _app.Get<NpgsqlDataSource>().OpenConnectionAsync(_ct);
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM people_bank WHERE name IS NOT NULL OR email IS NOT NULL"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(withdrawUrl.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/get-involved/withdraw/not-a-token")).StatusCode);
    }

    [Fact]
    public async Task OurVoice_CountsUnderFiveSuppressed_AndACommentMustBeAnsweredByStaff()
    {
        for (var i = 0; i < 6; i++) await WebData.AddItemAsync(_app, $"Grays item {i}", "Grays");
        for (var i = 0; i < 7; i++) await WebData.AddItemAsync(_app, $"Stanford item {i}", "Stanford-le-Hope and Corringham");
        for (var i = 0; i < 2; i++) await WebData.AddItemAsync(_app, $"Tilbury item {i}", "Tilbury and Chadwell");
        var actionId = await _app.Get<ActionStore>().CreateAsync(WebData.Action("Open on Saturdays", published: false), null, "t", _ct);
        using var member = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.OurVoice));

        var page = await member.GetStringAsync("/our-voice");
        Assert.Contains("Open on Saturdays", page); // unpublished actions too
        Assert.Matches("Stanford-le-Hope and Corringham</th>\\s*<td[^>]*>7<", page);
        Assert.Matches("Tilbury and Chadwell</th>\\s*<td[^>]*>fewer than 5<", page);
        Assert.Matches("Grays</th>\\s*<td[^>]*>withheld<", page); // else 15 - 7 - 6 would give Tilbury away
        Assert.DoesNotContain("Grays item", page);

        var empty = await VoiceHubApp.PostFormAsync(member, $"/our-voice/actions/{actionId}", new() { ["Comment"] = " " });
        Assert.Contains("Enter your comment or question", await empty.Content.ReadAsStringAsync());
        var sent = await VoiceHubApp.PostFormAsync(member, $"/our-voice/actions/{actionId}", new() { ["Comment"] = "Why only Saturdays?" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        Assert.Contains("Our Voice has left 1 comment that needs an answer", await staff.GetStringAsync("/actions"));
        var commentId = (await _app.Get<ActionCommentStore>().ListAsync(actionId, _ct)).Single().Id;
        var answered = await VoiceHubApp.PostFormAsync(staff, $"/actions/{actionId}?handler=Answer",
            new() { ["CommentId"] = commentId.ToString(CultureInfo.InvariantCulture), ["Answer"] = "Saturdays are when carers asked for." }, $"/actions/{actionId}");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Saturdays are when carers asked for.", await member.GetStringAsync($"/our-voice/actions/{actionId}"));
        Assert.Equal(0, await _app.Get<ActionCommentStore>().CountUnansweredAsync(_ct));
    }

    [Fact]
    public async Task Evidence_Period_ShowsSuppressedCountsAndRejectsABackwardsPeriod()
    {
        for (var i = 0; i < 7; i++) await WebData.AddItemAsync(_app, $"evidence item {i}", "Grays");
        await _app.Get<ProjectStore>().CreateAsync(WebData.Project("Evidence project") with { StartsOn = new DateOnly(2025, 1, 1) }, null, _ct);
        using var member = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.OurVoice));

        var report = await member.GetStringAsync("/evidence");
        Assert.Contains("Evidence project", report);
        Assert.Contains("Co-production", report);
        Assert.Matches("Pieces of feedback</dt><dd[^>]*>7<", report);
        Assert.Matches("joined the people.{1,6}s bank</dt><dd[^>]*>0<", report);

        var backwards = await member.GetStringAsync("/evidence?From.Day=2&From.Month=1&From.Year=2026&To.Day=1&To.Month=1&To.Year=2026");
        Assert.Contains("The end of the period must be the same as or after the start", backwards);
        var invalid = await member.GetStringAsync("/evidence?From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026");
        Assert.Contains("The start of the period must be a real date", invalid);
    }
}
