using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Web.Tests;

/// <summary>Every way feedback comes in over HTTP: uploads with mapping and review, the public form, the API with keys; delete and retry.</summary>
public sealed partial class IngestPagesTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await VoiceHubApp.StartAsync(cluster);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<T> QueryAsync<T>(string sql, object? args = null)
    {
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        return await conn.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException(sql);
    }

    private static Task<string> IngestedAsync(HttpClient client, string path) =>
        Eventually.WaitAsync(() => client.GetStringAsync(path), p => p.Contains(">Ingested<") || p.Contains(">Failed<"), TimeSpan.FromSeconds(30), "the ingest job");

    [Fact]
    public async Task Upload_Survey_GoesToTheMappingStepWhichIsRememberedForTheNextExport()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var csv = "When,Where,What they said\n01/10/2026,Grays,The carers always arrive on time and stay the full hour\n02/10/2026,Tilbury,Nobody answers the phone at the council offices\n"u8.ToArray();

        var upload = await VoiceHubApp.PostUploadAsync(client, "survey", "export-1.csv", csv);
        var mapping = upload.Headers.Location!.OriginalString;
        var page = await client.GetStringAsync(mapping);
        Assert.Contains("What does each column hold?", page);
        Assert.DoesNotContain("This survey was mapped before", page);
        Assert.Equal(0, await QueryAsync<long>("SELECT count(*) FROM items"));

        // No free-text column chosen: a GOV.UK error, nothing stored.
        var wrong = await client.PostAsync(mapping, new FormUrlEncodedContent([
            new("__RequestVerificationToken", FormToken.Find(page)), new("Roles", "date"), new("Roles", "ignore"), new("Roles", "ignore")]));
        Assert.Contains("Select at least one column of free text", await wrong.Content.ReadAsStringAsync());

        // "When" is a date, "Where" a locality: staff say so.
        var roles = new FormUrlEncodedContent([
            new("__RequestVerificationToken", FormToken.Find(page)), new("Roles", "date"), new("Roles", "locality"), new("Roles", "free-text")]);
        var done = await client.PostAsync(mapping, roles);
        var details = await IngestedAsync(client, done.Headers.Location!.OriginalString);
        Assert.Contains(">Ingested<", details);
        Assert.Equal(2, await QueryAsync<long>("SELECT count(*) FROM items WHERE occurred_on IS NOT NULL AND locality_id IS NOT NULL"));

        // The next export with the same headers starts from what staff chose.
        var next = await VoiceHubApp.PostUploadAsync(client, "survey", "export-2.csv", [.. csv, .. "03/10/2026,Grays,My direct payment was late again this month\n"u8.ToArray()]);
        var nextPage = await client.GetStringAsync(next.Headers.Location!.OriginalString);
        Assert.Contains("This survey was mapped before", nextPage);
        Assert.Matches("<option value=\"locality\" selected=\"selected\"", nextPage);
        await IngestedAsync(client, (await Forms.SubmitAsync(client, next.Headers.Location!.OriginalString)).Headers.Location!.OriginalString);
        Assert.Equal(3, await QueryAsync<long>("SELECT count(*) FROM items"));
    }

    [Fact]
    public async Task Upload_MicrosoftFormsWorkbook_MappingPageNeverShowsNamesOrEmails()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var upload = await VoiceHubApp.PostUploadAsync(client, "survey", "forms.xlsx", File.ReadAllBytes(TestPaths.Sample("survey-microsoft-forms.xlsx")));
        var page = await client.GetStringAsync(upload.Headers.Location!.OriginalString);
        Assert.Contains("Answers not shown: names and contact details", page);
        Assert.DoesNotContain("Alex Example", page);
        Assert.DoesNotContain("@example.org", page);
        var details = await IngestedAsync(client, (await Forms.SubmitAsync(client, upload.Headers.Location!.OriginalString)).Headers.Location!.OriginalString);
        Assert.Contains(">Ingested<", details);
        Assert.Equal(30, await QueryAsync<long>("SELECT count(*) FROM items"));
    }

    [Fact]
    public async Task Upload_ListeningSpaceWithoutADate_AsksOnTheReviewPageThenShowsDraftActions()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var notes = "# Carers' coffee morning\n\nLocality: Grays\n\n## What people told us\n\n- The respite booking line never answers\n- Carers want evening support groups\n\n## You said, we will\n\n- You said the respite booking line never answers. We will: staff it until 6pm.\n"u8.ToArray();

        var upload = await VoiceHubApp.PostUploadAsync(client, "listening-space", "coffee.md", notes);
        var details = upload.Headers.Location!.OriginalString;
        var waiting = await Eventually.WaitAsync(() => client.GetStringAsync(details), p => p.Contains("Needs details"), TimeSpan.FromSeconds(30), "the job to park it");
        Assert.Contains("Give the missing details", waiting);

        var review = $"/documents/{DocumentId(details)}/review";
        var empty = await Forms.SubmitAsync(client, review);
        Assert.Contains("Enter the date the Listening Space was held", await empty.Content.ReadAsStringAsync());
        var impossible = await Forms.SubmitAsync(client, review, new() { ["DateDay"] = "31", ["DateMonth"] = "2", ["DateYear"] = "2026" });
        Assert.Contains("The date must be a real date", await impossible.Content.ReadAsStringAsync());

        var given = await Forms.SubmitAsync(client, review, new() { ["DateDay"] = "12", ["DateMonth"] = "3", ["DateYear"] = "2026" });
        var page = await IngestedAsync(client, given.Headers.Location!.OriginalString);
        Assert.Contains(">Ingested<", page);
        Assert.Contains("Draft actions: you said, we will", page);
        Assert.Contains("staff it until 6pm", page);
        Assert.Equal(1, await QueryAsync<long>("SELECT count(*) FROM action_items ai JOIN actions a ON a.id = ai.action_id WHERE a.status = 'draft'"));
        Assert.Equal(new DateTime(2026, 3, 12), await QueryAsync<DateTime>("SELECT min(occurred_on) FROM items"));
    }

    [Fact]
    public async Task Upload_VcsReport_NeedsOrganisationAndPeriodThenSplitsPassagesAndQuotes()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var bytes = File.ReadAllBytes(TestPaths.Sample("vcs-report.pdf"));

        var missing = await VoiceHubApp.PostUploadAsync(client, "vcs-report", "vcs-report.pdf", bytes);
        var errors = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Enter the name of the organisation that wrote the report", errors);
        Assert.Contains("Enter the reporting period", errors);
        var wrongType = await VoiceHubApp.PostUploadAsync(client, "vcs-report", "report.csv", "a,b\n"u8.ToArray(), new() { ["Organisation"] = "X", ["Period"] = "Y" });
        Assert.Contains("The selected file must be a PDF or Word (.docx) file", await wrongType.Content.ReadAsStringAsync());

        var upload = await VoiceHubApp.PostUploadAsync(client, "vcs-report", "vcs-report.pdf", bytes, new() { ["Organisation"] = "Thurrock Carers Together", ["Period"] = "1 April to 30 June 2026" });
        var page = await IngestedAsync(client, upload.Headers.Location!.OriginalString);
        Assert.Contains(">Ingested<", page);
        Assert.Contains("Direct quote", page);
        Assert.Contains("Thurrock Carers Together", page);
        Assert.Equal(4, await QueryAsync<long>("SELECT count(*) FROM items WHERE metadata->>'directQuote' = 'true'"));
    }

    [Fact]
    public async Task FeedbackForm_Anonymous_GivesAReferenceAndKeepsTheEmailApartFromTheFeedback()
    {
        using var anonymous = _app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/give-feedback")).StatusCode);
        var invalid = await Forms.SubmitAsync(anonymous, "/give-feedback", new() { ["Contact"] = "yes" });
        var problems = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("Enter your feedback", problems);
        Assert.Contains("Enter your email address", problems);

        var sent = await Forms.SubmitAsync(anonymous, "/give-feedback", new()
        {
            ["Feedback"] = "My name is Joan Smith. The day centre in Grays closed without warning.", ["Locality"] = "Grays",
            ["Contact"] = "yes", ["Email"] = "joan@example.com",
        });
        Assert.Equal("/give-feedback/sent", sent.Headers.Location!.OriginalString);
        var confirmation = await anonymous.GetStringAsync("/give-feedback/sent");
        var reference = ReferencePattern().Match(confirmation).Groups[1].Value;
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);

        Assert.Equal("My name is [name]. The day centre in Grays closed without warning.",
            await QueryAsync<string>("SELECT redacted_text FROM items WHERE reference = @r", new { r = reference.Replace("-", "") }));
        Assert.Equal(0, await QueryAsync<long>("SELECT count(*) FROM items WHERE raw_text LIKE '%joan@%' OR metadata::text LIKE '%joan@%'"));
        Assert.Equal(0, await QueryAsync<long>("SELECT count(*) FROM documents WHERE convert_from(bytes, 'UTF8') LIKE '%joan@%'"));
        // The address moved to the item's contact (with a stop-emails token) in the ingest's transaction; no copy is left behind.
        var documentId = await QueryAsync<long>("SELECT i.document_id FROM feedback_contacts fc JOIN items i ON i.id = fc.item_id WHERE fc.email = 'joan@example.com'");
        Assert.Equal(0, await QueryAsync<long>("SELECT count(*) FROM form_contacts"));

        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        using var trusted = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff, rawText: true));
        Assert.DoesNotContain("joan@example.com", await staff.GetStringAsync($"/documents/{documentId}"));
        Assert.Contains("joan@example.com", await trusted.GetStringAsync($"/documents/{documentId}"));
        Assert.Equal(1, await QueryAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'contact-viewed'"));

        // Sent straight to the confirmation without feedback: back to the form.
        using var fresh = _app.NewClient();
        Assert.Equal("/give-feedback", (await fresh.GetAsync("/give-feedback/sent")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task FeedbackForm_ManyPostsFromOneAddress_AreSlowedWithAFriendlyPage()
    {
        using var client = _app.NewClient();
        var token = FormToken.Find(await client.GetStringAsync("/give-feedback"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var response = await client.PostAsync("/give-feedback", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Feedback", "")]));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.Contains("Too many requests", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 10).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/give-feedback")).StatusCode); // reading the form is never limited
    }

    [Fact]
    public async Task Api_WithAKeyAnAdminMade_TakesABatchWithPerItemAnswersUntilTheKeyIsRevoked()
    {
        using var anonymous = _app.NewClient();
        var noKey = await anonymous.PostAsJsonAsync("/api/feedback", new { items = new[] { new { text = "hello there" } } });
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode); // not a redirect to the sign-in page
        Assert.Contains("Authorization: Bearer", await noKey.Content.ReadAsStringAsync());

        // A staff session cookie is not an API key.
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.PostAsJsonAsync("/api/feedback", new { items = new[] { new { text = "hello" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/admin/api-keys")).StatusCode); // refused in place (issue 7)

        using var admin = await _app.SignedInClientAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword);
        var created = await (await Forms.SubmitAsync(admin, "/admin/api-keys", new() { ["Name"] = "Case system" })).Content.ReadAsStringAsync();
        var key = KeyPattern().Match(created).Groups[1].Value;
        Assert.StartsWith("vh_", key);
        Assert.DoesNotContain(key, await admin.GetStringAsync("/admin/api-keys")); // shown once

        using var system = _app.NewClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var batch = new
        {
            items = new object[]
            {
                new { text = "Ring me on 07700 900123 about the day centre in Grays", id = "case-1", date = "2026-11-20" },
                new { text = "", id = "case-2" },
                new { text = "Transport to Tilbury is always late", date = "31/02/2026" },
                new { text = "The new carers' hub is brilliant", locality = "Stanford-le-Hope and Corringham", id = "case-4" },
            },
        };
        var first = await system.PostAsJsonAsync("/api/feedback", batch);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0, 2), (answer.GetProperty("added").GetInt32(), answer.GetProperty("duplicates").GetInt32(), answer.GetProperty("rejected").GetInt32()));
        var items = answer.GetProperty("items");
        Assert.Equal("added", items[0].GetProperty("status").GetString());
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", items[0].GetProperty("reference").GetString());
        Assert.Contains("text: enter what the person said", items[1].GetProperty("errors")[0].GetString());
        Assert.Contains("date: '31/02/2026' is not a date", items[2].GetProperty("errors")[0].GetString());
        Assert.Equal("Ring me on [phone] about the day centre in Grays",
            await QueryAsync<string>("SELECT redacted_text FROM items WHERE metadata->>'externalId' = 'case-1'"));
        Assert.Equal(2, await QueryAsync<long>("SELECT count(*) FROM items WHERE channel = 'api' AND locality_id IS NOT NULL"));

        var again = await (await system.PostAsJsonAsync("/api/feedback", batch)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(items[0].GetProperty("reference").GetString(), again.GetProperty("items")[0].GetProperty("reference").GetString());

        var bad = await system.PostAsync("/api/feedback", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("not valid JSON", await bad.Content.ReadAsStringAsync());

        var keyId = await QueryAsync<long>("SELECT id FROM api_keys WHERE name = 'Case system'");
        var revoked = await Forms.SubmitAsync(admin, "/admin/api-keys", action: $"handler=Revoke");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("was revoked", await admin.GetStringAsync("/admin/api-keys"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.PostAsJsonAsync("/api/feedback", batch)).StatusCode);
        Assert.Equal(1, await QueryAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'api-key-created' AND target = @t", new { t = $"api-key:{keyId}" }));
        Assert.Equal(1, await QueryAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'api-key-revoked' AND target = @t", new { t = $"api-key:{keyId}" }));
    }

    [Fact]
    public async Task Delete_ADocument_RemovesItsItemsFromSearchAndIsAudited()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var upload = await VoiceHubApp.PostUploadAsync(client, "talking-shop", "talking-shop.csv", File.ReadAllBytes(TestPaths.Sample("talking-shop.csv")));
        var details = upload.Headers.Location!.OriginalString;
        await IngestedAsync(client, details);
        await Eventually.WaitAsync(() => client.GetStringAsync("/search?q=%22Outcome%22"), p => p.Contains("10 results"), TimeSpan.FromSeconds(10), "the index");

        var id = DocumentId(details);
        Assert.Contains("Are you sure you want to delete this document?", await client.GetStringAsync($"/documents/{id}/delete"));
        var deleted = await Forms.SubmitAsync(client, $"/documents/{id}/delete");
        Assert.Equal("/documents", deleted.Headers.Location!.OriginalString);
        Assert.Contains("talking-shop.csv and its 10 items were deleted", await client.GetStringAsync("/documents"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(details)).StatusCode);
        await Eventually.WaitAsync(() => client.GetStringAsync("/search?q=%22Outcome%22"), p => p.Contains("No results") || p.Contains("0 results"),
            TimeSpan.FromSeconds(10), "the index to drop the items");
        Assert.Equal(1, await QueryAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'document-deleted' AND target = @t", new { t = $"document:{id}" }));
    }

    [Fact]
    public async Task Retry_AFailedDocument_ReadsItAgain()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var upload = await VoiceHubApp.PostUploadAsync(client, "talking-shop", "log.csv", "Date,Venue\n01/01/2026,Library\n"u8.ToArray());
        var details = upload.Headers.Location!.OriginalString;
        var failed = await IngestedAsync(client, details);
        Assert.Contains("there is no Notes column", failed);

        var retried = await Forms.SubmitAsync(client, details.Split('?')[0], action: "handler=Retry");
        Assert.Contains("uploaded=retried", retried.Headers.Location!.OriginalString);
        Assert.Equal(1, await QueryAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'document-retried'"));
    }

    [Fact]
    public async Task Details_ADocumentSetAside_SaysSoUntilStaffTryAgain()
    {
        using var client = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        var upload = await VoiceHubApp.PostUploadAsync(client, "talking-shop", "aside.csv", "Date,Venue\n01/01/2026,Museum\n"u8.ToArray());
        var details = upload.Headers.Location!.OriginalString;
        await IngestedAsync(client, details);
        await QueryAsync<long>("UPDATE documents SET quarantined_at = now() WHERE id = @id RETURNING id", new { id = DocumentId(details) });

        Assert.Contains(">Quarantined<", await client.GetStringAsync(details));
        await Forms.SubmitAsync(client, details.Split('?')[0], action: "handler=Retry");
        Assert.DoesNotContain(">Quarantined<", await client.GetStringAsync(details.Split('?')[0]));
    }

    private static long DocumentId(string path) => long.Parse(DocumentIdPattern().Match(path).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/documents/(\d+)")]
    private static partial Regex DocumentIdPattern();

    [GeneratedRegex(@"class=""app-reference"">([0-9A-Z\-]+)<")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"id=""new-key"">(vh_[A-Za-z0-9]+)<")]
    private static partial Regex KeyPattern();
}
