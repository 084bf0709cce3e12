using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Privacy;

/// <summary>
/// The re-redaction job over stored feedback: items stored by an older redactor (simulated by putting details back
/// into their redacted text), an item whose raw text retention erased, and a drafted action; then the admin page.
/// </summary>
public sealed class RedactAgainTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _app = await VoiceHubApp.StartAsync(cluster);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task RunAsync_ItemsAndDraftsStoredByAnOlderRedactor_AreRedactedAgainRecordedAuditedAndReindexed()
    {
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        using var visitor = _app.NewClient();
        foreach (var text in new[]
        {
            "My name is Harriet Blomqvist and the respite booking line never answers. Ring 07700 900123.",
            "Nobody from the council has called back about my respite since September, please ring 07700 900456.",
            "The respite centre in Grays is lovely and the staff are kind.",
        })
        {
            await Forms.SubmitAsync(visitor, "/give-feedback", new() { ["Feedback"] = text, ["Locality"] = "Grays" });
        }
        await Eventually.WaitAsync(() => Total(staff, "respite"), n => n == 3, TimeSpan.FromSeconds(30), "the index");

        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        var named = await conn.QuerySingleAsync<long>("SELECT id FROM items WHERE raw_text LIKE '%Blomqvist%'");
        var erased = await conn.QuerySingleAsync<long>("SELECT id FROM items WHERE raw_text LIKE '%900456%'");
        var plain = await conn.QuerySingleAsync<long>("SELECT id FROM items WHERE raw_text LIKE '%lovely%'");
        // As an older redactor left them: the first with nothing removed and no record; the second's raw text erased by
        // retention, its phone number missed but a name once removed.
        await conn.ExecuteAsync("UPDATE items SET redacted_text = raw_text, redactions = NULL WHERE id = @named", new { named });
        await conn.ExecuteAsync("""
            UPDATE items SET raw_text = '', raw_text_erased_at = now(),
                   redacted_text = 'Nobody from [name] has called back about my respite since September, please ring 07700 900456.',
                   redactions = '{"counts": {"[name]": 1}, "uncertain": 0}'
            WHERE id = @erased
            """, new { erased });
        var draft = await conn.ExecuteScalarAsync<long>("""
            INSERT INTO actions (status, you_said, we_will, you_said_raw, we_will_raw, source_key)
            VALUES ('draft', 'Mrs Ashworth-Kane waits for respite', 'Ring her on 07700 900789',
                    'Mrs Ashworth-Kane waits for respite', 'Ring her on 07700 900789', 'test-draft')
            RETURNING id
            """);
        await Eventually.WaitAsync(() => Total(staff, "Blomqvist"), n => n == 1, TimeSpan.FromSeconds(10), "the index to hold the name");

        var runs = _app.Get<RedactionStore>();
        var runId = await runs.RequestAsync(RedactorVersion.Current, null, _ct);
        var run = (await _app.Get<RedactAgainJob>().RunAsync(runId, _ct))!;

        Assert.NotNull(run.FinishedAt);
        Assert.True(run.ItemsChecked >= 3, $"checked {run.ItemsChecked}");
        Assert.Equal(2, run.ItemsChanged);
        Assert.Equal((1, 1), (run.DraftsChecked, run.DraftsChanged));
        var item = (await _app.Get<ItemStore>().FindAsync(named, _ct))!;
        Assert.Equal("My name is [name] and the respite booking line never answers. Ring [phone].", item.RedactedText);
        Assert.Equal(new Dictionary<string, int> { ["[name]"] = 1, ["[phone]"] = 1 }, RedactionRecord.Parse(item.Redactions)!.Counts);
        // Erased raw text: redacted again from the redacted text, the first record kept and added to.
        var kept = (await _app.Get<ItemStore>().FindAsync(erased, _ct))!;
        Assert.Equal("Nobody from [name] has called back about my respite since September, please ring [phone].", kept.RedactedText);
        Assert.Equal(new Dictionary<string, int> { ["[name]"] = 1, ["[phone]"] = 1 }, RedactionRecord.Parse(kept.Redactions)!.Counts);
        Assert.Equal("", kept.RawText);
        Assert.Equal(("Mrs [name] waits for respite", "Ring her on [phone]"),
            await conn.QuerySingleAsync<(string, string)>("SELECT you_said, we_will FROM actions WHERE id = @draft", new { draft }));
        var unchanged = await conn.QuerySingleAsync<long>("SELECT change_seq FROM items WHERE id = @plain", new { plain });

        // The audit log has the counts; the index no longer finds what was removed.
        var details = await conn.QuerySingleAsync<string>(
            "SELECT details::text FROM audit_log WHERE action = 'redaction-rerun' AND target = @target", new { target = $"redaction-run:{runId}" });
        using (var json = JsonDocument.Parse(details))
        {
            Assert.Equal(2, json.RootElement.GetProperty("itemsChanged").GetInt32());
            Assert.Equal(1, json.RootElement.GetProperty("draftsChanged").GetInt32());
            Assert.DoesNotContain("Blomqvist", details);
        }
        await Eventually.WaitAsync(() => Total(staff, "Blomqvist"), n => n == 0, TimeSpan.FromSeconds(10), "the index to drop the name");
        Assert.Equal(0, await Total(staff, "900456"));
        Assert.Contains("Removed before storing: 1 name, 1 phone number.", await staff.GetStringAsync($"/items/{named}"));

        // Again: nothing changes (idempotent), and unchanged items are not re-indexed.
        var again = (await _app.Get<RedactAgainJob>().RunAsync(await runs.RequestAsync(RedactorVersion.Current, null, _ct), _ct))!;
        Assert.Equal((0, 0), (again.ItemsChanged, again.DraftsChanged));
        Assert.Equal(unchanged, await conn.QuerySingleAsync<long>("SELECT change_seq FROM items WHERE id = @plain", new { plain }));
    }

    [Fact]
    public async Task AdminPage_StartsARunAndShowsWhatItChanged_StaffAreRefused()
    {
        using var staff = await _app.SignedInClientAsync(await _app.CreateUserAsync(Roles.Staff));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/admin/redaction")).StatusCode);

        using var visitor = _app.NewClient();
        await Forms.SubmitAsync(visitor, "/give-feedback", new() { ["Feedback"] = "My name is Ottoline Brackenbury and the day centre bus is late.", ["Locality"] = "Grays" });
        await using var conn = new NpgsqlConnection(_app.ConnectionString);
        await Eventually.WaitAsync(() => conn.ExecuteScalarAsync<long>("SELECT count(*) FROM items"), n => n == 1, TimeSpan.FromSeconds(30), "the item");
        await conn.ExecuteAsync("UPDATE items SET redacted_text = raw_text");

        using var admin = await _app.SignedInClientAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword);
        Assert.Contains("href=\"/admin/redaction\"", await admin.GetStringAsync("/admin/users"));
        var page = await admin.GetStringAsync("/admin/redaction");
        Assert.Contains("Redact stored feedback again", page);
        Assert.Contains($"The redactor in use is version {RedactorVersion.Current}.", page);

        var started = await Forms.SubmitAsync(admin, "/admin/redaction");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Contains("Re-redaction has started", await admin.GetStringAsync("/admin/redaction"));
        var done = await Eventually.WaitAsync(() => admin.GetStringAsync("/admin/redaction"), p => p.Contains("id=\"run-status\">Finished<"), TimeSpan.FromSeconds(30), "the run");
        Assert.Contains("1 changed of 1 checked", done);
        Assert.Equal("My name is [name] and the day centre bus is late.", await conn.ExecuteScalarAsync<string>("SELECT redacted_text FROM items"));
        Assert.Equal(1, await conn.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log WHERE action = 'redaction-rerun-requested'"));
    }

    // Items holding the words (exact=true): once the minutely embedding job has run, feedback that only means the same
    // would be counted too, and what is counted here is whether the index holds a word.
    private static async Task<int> Total(HttpClient client, string q) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/search?exact=true&q={Uri.EscapeDataString(q)}")).GetProperty("total").GetInt32();
}
