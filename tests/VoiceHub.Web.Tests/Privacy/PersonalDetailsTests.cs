using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VoiceHub.Web.Tests.Privacy;

/// <summary>
/// Personal details planted in every channel (survey, Talking Shop, Listening Space notes with their "you said" lines,
/// a VCS report, the API and the public form) are shown nowhere: not by search or its API, the CSV export, item and
/// document pages (with similar feedback), draft actions, Our Voice, the evidence report or the public pages.
/// </summary>
/// <remarks>
/// The planted details are ones today's redactor already removes (names after "my name is" or a title, phone numbers,
/// emails, NHS numbers, full postcodes), so this holds before and after the new redactor (branch <c>redactor</c>) is
/// merged. Names without such cues ("Signed, Ethel", "the carer, Krzysztof,") depend on the new redactor and are not
/// planted here.
/// </remarks>
public sealed partial class PersonalDetailsTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;

    /// <summary>What must never be shown. Postcodes are checked whole: their district (RM17) is kept on purpose.</summary>
    private static readonly string[] Planted =
    [
        "Quillby", "Okonjo", "Vantongeren", "Haverstock", "Abernethy", "Dunmore", "Fenwright", "Oduya", "Pennyworth",
        "900111", "900222", "900333", "900444", "900555", "900666", "900777",
        "@example", "401 023 21", "RM17 6SL", "RM16 4QB", "SS17 8NE", "RM20 3LT", "RM18 7HL", "RM19 1AB", "RM15 4HN",
    ];

    public async ValueTask InitializeAsync() => _app = await VoiceHubApp.StartAsync(cluster);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryChannel_PlantedPersonalDetails_AreShownNowhere()
    {
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));

        // A survey, mapped as detected.
        var survey = await VoiceHubApp.PostUploadAsync(staff, "survey", "survey.csv", Encoding.UTF8.GetBytes(
            "Date,Locality,What would make things better?\n" +
            "01/10/2026,Grays,\"My name is Mary Quillby and my wheelchair repair took months. Ring 07700 900111 or mary.quillby@example.com, NHS number 401 023 2102, I live at RM17 6SL.\"\n"));
        await IngestedAsync(staff, (await Forms.SubmitAsync(staff, survey.Headers.Location!.OriginalString)).Headers.Location!.OriginalString);

        // A Talking Shop log.
        var shop = await VoiceHubApp.PostUploadAsync(staff, "talking-shop", "talking-shop.csv", Encoding.UTF8.GetBytes(
            "Date of birth,Date,Locality,Venue,Enquiry type,Notes,Outcome\n" +
            "01/03/1940,02/10/2026,Tilbury and Chadwell,Tilbury Hub,Equipment,\"Mrs Okonjo said her wheelchair was never collected; call 07700 900222 or okonjo@example.org, NHS 401 023 2110, RM16 4QB.\",Referred to Mrs Okonjo's GP on 07700 900222\n"));
        await IngestedAsync(staff, shop.Headers.Location!.OriginalString);

        // Listening Space notes whose file name, told-us line and "you said, we will" line all hold personal details.
        var notes = await VoiceHubApp.PostUploadAsync(staff, "listening-space", "Mrs Pennyworth listening space.md", Encoding.UTF8.GetBytes(
            "# Listening Space: equipment\n\n**Date:** 3 October 2026  \n**Locality:** Grays  \n\n## What people told us\n\n" +
            "- My name is Peter Vantongeren and my wheelchair assessment is a year late. Phone 07700 900333, peter.v@example.net, NHS 401 023 2129, SS17 8NE.\n\n" +
            "## You said, we will\n\n" +
            "- You said Mrs Haverstock (07700 900444, haverstock@example.com, NHS 401 023 2137, RM20 3LT) waited a year for a wheelchair. " +
            "We will: ring Mrs Haverstock on 07700 900444 within a week.\n"));
        var notesPage = await IngestedAsync(staff, notes.Headers.Location!.OriginalString);
        Assert.Contains(">Ingested<", notesPage);

        // A VCS report (Word), with a name in a heading (which becomes the items' context).
        var report = await VoiceHubApp.PostUploadAsync(staff, "vcs-report", "report.docx", Docx(
            ("What Mrs Dunmore told us", true),
            ("My name is Gloria Abernethy and my wheelchair has been broken since June. Ring me on 07700 900555 or gloria@example.co.uk, NHS 401 023 2145, RM18 7HL.", false)),
            new() { ["Organisation"] = "Thurrock Carers Together", ["Period"] = "1 April to 30 June 2026" });
        await IngestedAsync(staff, report.Headers.Location!.OriginalString);

        // The API, with a key an admin made.
        using var admin = await _app.SignedInClientAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword);
        var created = await (await Forms.SubmitAsync(admin, "/admin/api-keys", new() { ["Name"] = "Case system" })).Content.ReadAsStringAsync();
        using var system = _app.NewClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyPattern().Match(created).Groups[1].Value);
        var api = await system.PostAsJsonAsync("/api/feedback", new
        {
            items = new[]
            {
                new
                {
                    text = "My name is Tobias Fenwright, my wheelchair needs a new battery. 07700 900666, tobias@example.com, NHS 401 023 2153, RM19 1AB.",
                    locality = "Grays", id = "case-1", date = "2026-10-04",
                },
            },
        });
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);

        // The public form.
        using var visitor = _app.NewClient();
        var sent = await Forms.SubmitAsync(visitor, "/give-feedback", new()
        {
            ["Feedback"] = "My name is Winifred Oduya and my wheelchair ramp was never fitted. 07700 900777, winnie@example.com, NHS 401 023 2161, RM15 4HN.",
            ["Locality"] = "Grays",
        });
        Assert.Equal("/give-feedback/sent", sent.Headers.Location!.OriginalString);

        // Everything is searchable: six items, one per channel. Counts are of items holding the words (exact=true): feedback
        // that only means the same is listed too once the minutely embedding job has run, which a count must not depend on.
        var all = await Eventually.WaitAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/search?exact=true&q=wheelchair&pageSize=50"),
            j => j.GetProperty("total").GetInt32() >= 6, TimeSpan.FromSeconds(30), "the index");
        Assert.Equal(6, all.GetProperty("total").GetInt32());
        AssertShowsNone(all.GetRawText(), "/api/search");
        foreach (var word in new[] { "Quillby", "Okonjo", "Vantongeren", "Haverstock", "Abernethy", "Dunmore", "Fenwright", "Oduya", "900111", "900777", "6SL", "example" })
        {
            var found = await staff.GetFromJsonAsync<JsonElement>($"/api/search?exact=true&q={Uri.EscapeDataString(word)}");
            Assert.True(found.GetProperty("total").GetInt32() == 0, $"Search for {word} found {found.GetProperty("total").GetInt32()}");
        }
        AssertShowsNone(await staff.GetStringAsync("/search?q=wheelchair"), "/search");
        var export = await VoiceHubApp.PostFormAsync(staff, "/search?handler=Export", new() { ["q"] = "wheelchair" }, "/search?q=wheelchair");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        AssertShowsNone(await export.Content.ReadAsStringAsync(), "the CSV export");

        // Nothing stored for display holds them (text, context, metadata such as a Talking Shop's outcome), and no item
        // took a date of birth as its date.
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        foreach (var row in await conn.QueryAsync<string>("SELECT concat_ws(' ', redacted_text, context, metadata::text) FROM items"))
        {
            AssertShowsNone(row, "an item as stored for display");
        }
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items WHERE occurred_on < '2000-01-01'"));

        // Every item and document page (similar feedback included), for staff without the raw-text permission.
        foreach (var id in await conn.QueryAsync<long>("SELECT id FROM items"))
        {
            var page = await staff.GetStringAsync($"/items/{id}");
            AssertShowsNone(page, $"/items/{id}");
            Assert.Contains("Removed before storing:", page);
        }
        foreach (var id in await conn.QueryAsync<long>("SELECT id FROM documents"))
        {
            AssertShowsNone(await staff.GetStringAsync($"/documents/{id}"), $"/documents/{id}");
        }
        AssertShowsNone(await staff.GetStringAsync("/documents"), "/documents");
        var surveyItem = await conn.QuerySingleAsync<long>("SELECT id FROM items WHERE channel = 'survey'");
        var record = await staff.GetStringAsync($"/items/{surveyItem}");
        Assert.Contains("Removed before storing: 1 NHS number, 1 email address, 1 name, 1 phone number, 1 postcode.", record);

        // The draft action from the "you said" line, then accepted and published as staff do.
        var drafts = await staff.GetStringAsync("/actions/drafts");
        AssertShowsNone(drafts, "/actions/drafts");
        Assert.Contains("Mrs [name] ([phone], [email], NHS [NHS number], RM20) waited a year for a wheelchair", drafts);
        var draftId = await conn.QuerySingleAsync<long>("SELECT id FROM actions WHERE status = 'draft'");
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM actions WHERE you_said_raw LIKE '%Haverstock%' AND we_will_raw LIKE '%900444%'"));
        var actions = _app.Get<ActionStore>();
        var draft = (await actions.FindAsync(draftId, TestContext.Current.CancellationToken))!;
        await actions.UpdateAsync(draftId, ActionInput.From(draft) with { Status = ActionStatus.Planned, Owner = "Equipment team", Published = true },
            null, "test", "published", TestContext.Current.CancellationToken);
        AssertShowsNone(await staff.GetStringAsync($"/actions/{draftId}"), $"/actions/{draftId}");
        // The lines as written: only with the raw-text permission, and each view is audited.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/actions/{draftId}?raw=true")).StatusCode);
        using var trusted = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff, rawText: true));
        Assert.Contains("ring Mrs Haverstock on 07700 900444", await trusted.GetStringAsync($"/actions/{draftId}?raw=true"));
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM audit_log WHERE action = 'raw-text-viewed' AND target = @t", new { t = $"action:{draftId}" }));

        using var ourVoice = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.OurVoice));
        foreach (var path in new[] { "/our-voice", $"/our-voice/actions/{draftId}", "/evidence" })
        {
            var page = await ourVoice.GetStringAsync(path);
            Assert.Contains("waited a year for a wheelchair", page);
            AssertShowsNone(page, path);
        }
        var board = await visitor.GetStringAsync("/you-said-we-did");
        Assert.Contains("waited a year for a wheelchair", board);
        AssertShowsNone(board, "/you-said-we-did");
        AssertShowsNone(await visitor.GetStringAsync("/you-said-we-did?view=easy-read"), "/you-said-we-did (Easy Read)");

        // The person who spoke at the Listening Space tracks their feedback: the action, redacted, and never their text.
        var reference = await conn.QuerySingleAsync<string>("""
            SELECT i.reference FROM items i JOIN action_items ai ON ai.item_id = i.id WHERE ai.action_id = @draftId LIMIT 1
            """, new { draftId });
        var track = await (await VoiceHubApp.PostFormAsync(visitor, "/track", new() { ["Reference"] = reference })).Content.ReadAsStringAsync();
        Assert.Contains("What happened to your feedback", track);
        Assert.DoesNotContain("assessment is a year late", track);
        AssertShowsNone(track, "/track");
    }

    /// <summary>Names and formats the first redactor missed (issue 14): none may reach a page or the index.</summary>
    [Fact]
    public async Task PublicForm_NamesAndHardFormats_AreShownNowhere()
    {
        using var visitor = _app.NewClient();
        await Forms.SubmitAsync(visitor, "/give-feedback", new()
        {
            ["Feedback"] = "I'm Peter Williams. Name: Margaret Thompson. The carer, Krzysztof, was late and my son DAVID waited. " +
                           "Mob:07700 900468, NHS:4857773015, DOB: 12.03.1951, 14 Dock Road, RM17-6SL, jane (at) example (dot) com. Signed, Ethel",
            ["Locality"] = "Grays",
        });
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        // Words only (exact=true), as above: whether the embedding job has run must not change a count.
        await Eventually.WaitAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/search?exact=true&q=carer"),
            j => j.GetProperty("total").GetInt32() == 1, TimeSpan.FromSeconds(30), "the index");
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        var page = await staff.GetStringAsync($"/items/{await conn.QuerySingleAsync<long>("SELECT id FROM items")}");
        foreach (var detail in new[] { "Williams", "Thompson", "Krzysztof", "DAVID", "Ethel", "900468", "4857773015", "12.03.1951", "Dock Road", "6SL", "jane" })
        {
            Assert.False(page.Contains(detail, StringComparison.Ordinal), $"the item page shows \"{detail}\"");
            Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>($"/api/search?exact=true&q={Uri.EscapeDataString(detail)}")).GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task SurveyMapping_PersonalColumns_AreNeverReadAndChoosingThemIsRefused()
    {
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var csv = Encoding.UTF8.GetBytes(
            "Date of birth,Address,Q7,Date,What would make things better?\n" +
            "01/03/1940,\"14 Dock Road, Grays\",07700 900888,01/10/2026,The day centre in Grays needs more staff at lunchtime\n" +
            "12/05/1951,\"Flat 3, 22 Bell Street, Tilbury\",07700 900999,02/10/2026,Transport to the day centre is always late on Mondays\n");

        var upload = await VoiceHubApp.PostUploadAsync(staff, "survey", "with-personal-columns.csv", csv);
        var mapping = upload.Headers.Location!.OriginalString;
        var page = await staff.GetStringAsync(mapping);
        Assert.Contains("Column &#x27;Date of birth&#x27; holds personal details, so VoiceHub will not read it", page);
        Assert.Contains("Column &#x27;Address&#x27; holds personal details", page);
        Assert.Contains("Column &#x27;Q7&#x27; holds personal details", page); // by its answers: phone numbers
        Assert.DoesNotContain("Dock Road", page);
        Assert.DoesNotContain("900888", page);
        // Pre-selected: never read, the real date, the free text.
        Assert.Equal(["personal", "personal", "personal", "date", "free-text"], Selected(page));

        // Staff choosing "Date of birth" as the date and "Address" as free text are refused, each column named.
        var refused = await staff.PostAsync(mapping, new FormUrlEncodedContent([
            new("__RequestVerificationToken", FormToken.Find(page)), new("Roles", "date"), new("Roles", "free-text"), new("Roles", "ignore"),
            new("Roles", "ignore"), new("Roles", "free-text")]));
        var errors = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("govuk-error-summary", errors);
        Assert.Contains("href=\"#Role-0\">Column &#x27;Date of birth&#x27; holds personal details, so VoiceHub will not read it", errors);
        Assert.Contains("href=\"#Role-1\">Column &#x27;Address&#x27; holds personal details", errors);

        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items"));

        // As detected: two items, dated when they were given, none made of addresses.
        await IngestedAsync(staff, (await Forms.SubmitAsync(staff, mapping)).Headers.Location!.OriginalString);
        Assert.Equal(2, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items"));
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items WHERE occurred_on < '2026-01-01'"));
        Assert.Equal(0, await conn.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM items WHERE raw_text ~ '(Dock Road|Bell Street|9008|9009)' OR metadata::text ~ '(Dock|Bell|1940|1951|9008)'"));
    }

    [Fact]
    public async Task GiveFeedback_BeforeTheyType_AsksPeopleNotToIncludeNamesOrContactDetails()
    {
        using var visitor = _app.NewClient();
        var page = await visitor.GetStringAsync("/give-feedback");
        var warning = page.IndexOf("Do not include names or contact details in your feedback", StringComparison.Ordinal);
        Assert.True(warning > 0 && warning < page.IndexOf("<textarea", StringComparison.Ordinal), "the warning comes before the box");
        Assert.Contains("Do not include names or contact details.</div>", page); // the box's own hint
    }

    private static void AssertShowsNone(string shown, string where)
    {
        foreach (var detail in Planted)
        {
            Assert.False(shown.Contains(detail, StringComparison.OrdinalIgnoreCase), $"{where} shows \"{detail}\"");
        }
    }

    private static Task<string> IngestedAsync(HttpClient client, string path) =>
        Eventually.WaitAsync(() => client.GetStringAsync(path), p => p.Contains(">Ingested<") || p.Contains(">Failed<"), TimeSpan.FromSeconds(30), "the ingest job");

    private static List<string> Selected(string page) =>
        SelectPattern().Matches(page).Select(m => SelectedOption().Match(m.Value).Groups[1].Value).ToList();

    private static byte[] Docx(params (string Text, bool Heading)[] paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new W.Document(new W.Body(paragraphs.Select(p => new W.Paragraph(
                new W.ParagraphProperties { ParagraphStyleId = p.Heading ? new W.ParagraphStyleId { Val = "Heading1" } : null },
                new W.Run(new W.Text(p.Text))))));
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"id=""new-key"">(vh_[A-Za-z0-9]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"<select[^>]*name=""Roles""[\s\S]*?</select>")]
    private static partial Regex SelectPattern();

    [GeneratedRegex(@"<option value=""([a-z\-]+)"" selected=""selected""")]
    private static partial Regex SelectedOption();
}
