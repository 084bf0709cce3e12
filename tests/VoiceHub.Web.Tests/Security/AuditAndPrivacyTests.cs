using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Privacy;

namespace VoiceHub.Web.Tests.Security;

/// <summary>What the audit log records and how admins search it; retention of raw text; erasure on request.</summary>
public sealed class AuditAndPrivacyTests(SecurityAppFixture f) : IClassFixture<SecurityAppFixture>
{
    private NpgsqlDataSource Db => f.App.Get<NpgsqlDataSource>();

    [Fact]
    public async Task SignIn_FailureSuccessAndSignOut_AreAudited()
    {
        var email = await f.App.CreateUserAsync(Roles.Staff);
        using var client = f.App.NewClient();
        await VoiceHubApp.PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = "not the password" });
        await VoiceHubApp.PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = VoiceHubApp.StaffPassword });
        var signOut = await VoiceHubApp.PostFormAsync(client, "/account/sign-out", [], formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        await using var conn = await Db.OpenConnectionAsync();
        var actions = (await conn.QueryAsync<string>(
            "SELECT a.action FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.actor = @email OR u.email = @email ORDER BY a.id", new { email })).ToList();
        Assert.Equal(["sign-in-failed", "sign-in", "sign-out"], actions);
        Assert.Equal("127.0.0.1", await conn.ExecuteScalarAsync<string>("SELECT ip FROM audit_log WHERE actor = @email AND action = 'sign-in'", new { email }));
    }

    [Fact]
    public async Task SignIn_TooManyForOneAccount_IsRefusedBeforeThePasswordIsChecked()
    {
        var email = await f.App.CreateUserAsync(Roles.Staff);
        using var client = f.App.NewClient();
        for (var i = 0; i < 5; i++) await VoiceHubApp.PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = "guess " + i });
        var right = await VoiceHubApp.PostFormAsync(client, "/account/sign-in", new() { ["Email"] = email, ["Password"] = VoiceHubApp.StaffPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("too many wrong attempts to sign in", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UserChange_IsAudited_AndEndsTheirSessions()
    {
        var email = await f.App.CreateUserAsync(Roles.Staff);
        using var person = await f.App.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/search")).StatusCode);
        var id = (await f.App.Get<UserStore>().FindByEmailAsync(email, CancellationToken.None))!.Id;
        var admin = f.Clients["admin"];

        var changed = await Forms.SubmitAsync(admin, $"/admin/users/{id}", new() { ["Role"] = Roles.OurVoice });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var afterRoleChange = await person.GetAsync("/search");
        Assert.Equal(HttpStatusCode.Redirect, afterRoleChange.StatusCode);
        Assert.StartsWith("/account/sign-in", afterRoleChange.Headers.Location!.PathAndQuery);
        using var again = await f.App.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync("/search")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/our-voice")).StatusCode);

        await Forms.SubmitAsync(admin, $"/admin/users/{id}", new() { ["Disabled"] = "true" });
        var afterDisable = await again.GetAsync("/our-voice");
        Assert.Equal(HttpStatusCode.Redirect, afterDisable.StatusCode);
        Assert.StartsWith("/account/sign-in", afterDisable.Headers.Location!.PathAndQuery);

        var page = await admin.GetStringAsync($"/admin/audit?action=user-changed&target={Uri.EscapeDataString($"user:{id}")}");
        Assert.Contains("2 entries", page);
        Assert.Matches("\"to\":\\s*\"OurVoice\"", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task UserChange_AnAdminCannotDemoteThemselves()
    {
        var admin = f.Clients["admin"];
        var me = (await f.App.Get<UserStore>().FindByEmailAsync(VoiceHubApp.AdminEmail, CancellationToken.None))!.Id;
        var response = await Forms.SubmitAsync(admin, $"/admin/users/{me}", new() { ["Role"] = Roles.Staff });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You cannot remove your own admin role", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AuditPage_FiltersByUserTargetAndDates_AndPages()
    {
        var audit = f.App.Get<AuditStore>();
        var tag = Guid.NewGuid().ToString("N")[..10];
        for (var i = 0; i < 55; i++) await audit.AppendAsync(null, $"pager-{tag}", "paging-test", $"thing:{tag}:{i}", new { i }, null, CancellationToken.None);
        var admin = f.Clients["admin"];

        var first = await admin.GetStringAsync($"/admin/audit?user=pager-{tag}");
        Assert.Contains("55 entries", first);
        Assert.Contains($"thing:{tag}:54", first); // newest first
        Assert.DoesNotContain($"thing:{tag}:4<", first);
        var second = await admin.GetStringAsync($"/admin/audit?user=pager-{tag}&page=2");
        Assert.Contains($"thing:{tag}:4<", second);
        Assert.Contains("Page 2 of 2", second);

        Assert.Contains("1 entry", await admin.GetStringAsync($"/admin/audit?target=thing:{tag}:17&action=paging-test"));
        var today = DateTime.UtcNow;
        Assert.Contains("55 entries", await admin.GetStringAsync(
            $"/admin/audit?user=pager-{tag}&from.day={today.Day}&from.month={today.Month}&from.year={today.Year}&to.day={today.Day}&to.month={today.Month}&to.year={today.Year}"));
        Assert.Contains("0 entries", await admin.GetStringAsync($"/admin/audit?user=pager-{tag}&to.day=1&to.month=1&to.year=2020"));
        Assert.Contains("The end date must be the same as or after the start date",
            await admin.GetStringAsync("/admin/audit?from.day=2&from.month=1&from.year=2026&to.day=1&to.month=1&to.year=2026"));
    }

    [Fact]
    public async Task Erasure_ByReference_RemovesItemContactAndSearchHit_AndLogsTheReferenceOnly()
    {
        // A marker of letters only: in about 1 run in 150 a hex GUID holds a digit run that passes as an NHS or phone
        // number, which the redactor removes (erring towards removal), and the stored text is then not the text sent.
        var marker = string.Concat(Guid.NewGuid().ToString("N").Select(c => (char)('g' + Convert.ToInt32(c.ToString(), 16))));
        var text = $"Erase me please {marker}";
        var sent = await Forms.SubmitAsync(f.App.NewClient(), "/give-feedback", new() { ["Feedback"] = text, ["Contact"] = "yes", ["Email"] = "erase.me@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var conn = await Db.OpenConnectionAsync();
        var (itemId, reference, documentId) = await conn.QuerySingleAsync<(long, string, long)>(
            "SELECT id, reference, document_id FROM items WHERE redacted_text = @text", new { text });
        var word = text.Split(' ')[^1];
        var staff = f.Clients["staff"];
        // The item holding the word (exact=true): once the minutely embedding job has run, the app's other feedback that
        // means the same would be counted too.
        await Eventually.WaitAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/search?exact=true&q=" + word), r => r.GetProperty("total").GetInt32() == 1,
            TimeSpan.FromSeconds(30), "the feedback to be searchable");

        var admin = f.Clients["admin"];
        var found = await Forms.SubmitAsync(admin, "/admin/erasure", new() { ["Reference"] = reference.ToLowerInvariant() });
        var summary = await found.Content.ReadAsStringAsync();
        Assert.Contains("Contact details held", summary);
        Assert.DoesNotContain(text, summary);
        var refused = await PostErasureAsync(admin, summary, reference, confirm: false);
        Assert.Contains("Select yes to confirm", await refused.Content.ReadAsStringAsync());
        var erased = await PostErasureAsync(admin, summary, reference, confirm: true);
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

        Assert.False(await conn.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM items WHERE id = @itemId)", new { itemId }));
        Assert.False(await conn.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM feedback_contacts WHERE item_id = @itemId)", new { itemId }));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("SELECT length(bytes) FROM documents WHERE id = @documentId", new { documentId }));
        await Eventually.WaitAsync(() => staff.GetFromJsonAsync<JsonElement>("/api/search?exact=true&q=" + word), r => r.GetProperty("total").GetInt32() == 0,
            TimeSpan.FromSeconds(30), "the erased feedback to leave the index");
        var logged = await conn.QuerySingleAsync<(string Target, string Details)>(
            "SELECT target, details::text AS details FROM audit_log WHERE action = 'feedback-erased' AND target = @reference", new { reference });
        Assert.DoesNotContain(word, logged.Details);
        Assert.DoesNotContain("erase.me", logged.Details);
        var tracked = await VoiceHubApp.PostFormAsync(f.App.NewClient(), "/track", new() { ["Reference"] = reference });
        Assert.Contains("We could not find feedback with that reference", WebUtility.HtmlDecode(await tracked.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Retention_OldRawText_IsErased_RedactedTextKept_AndThePageSaysSo()
    {
        var (itemId, _) = await Projects.WebData.AddItemAsync(f.App, "Old feedback kept only redacted");
        await using var conn = await Db.OpenConnectionAsync();
        await conn.ExecuteAsync("UPDATE items SET received_at = now() - interval '800 days' WHERE id = @itemId", new { itemId });
        var fresh = await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items WHERE raw_text_erased_at IS NULL AND received_at > now() - interval '1 day'");

        await using var scope = f.App.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredService<RawTextRetentionJob>();
        var (items, _) = await job.RunAsync(CancellationToken.None);
        Assert.Equal(1, items);
        Assert.Equal((0, 0), await job.RunAsync(CancellationToken.None));

        var row = await conn.QuerySingleAsync<(string Raw, string Redacted, DateTimeOffset? ErasedAt)>(
            "SELECT raw_text, redacted_text, raw_text_erased_at FROM items WHERE id = @itemId", new { itemId });
        Assert.Equal(("", "Old feedback kept only redacted"), (row.Raw, row.Redacted));
        Assert.NotNull(row.ErasedAt);
        Assert.Equal(fresh, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items WHERE raw_text_erased_at IS NULL AND received_at > now() - interval '1 day'"));

        var page = await f.RawStaff.GetStringAsync($"/items/{itemId}?raw=true");
        Assert.Contains("The text as received was erased on", page);
        Assert.Contains("Old feedback kept only redacted", page);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT (details->>'items')::int FROM audit_log WHERE action = 'raw-text-erased' ORDER BY id DESC LIMIT 1"));
    }

    private static async Task<HttpResponseMessage> PostErasureAsync(HttpClient admin, string page, string reference, bool confirm)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", FormToken.Find(page)), new("Reference", reference) };
        if (confirm) fields.Add(new("Confirm", "yes"));
        return await admin.PostAsync("/admin/erasure?handler=erase", new FormUrlEncodedContent(fields));
    }
}
