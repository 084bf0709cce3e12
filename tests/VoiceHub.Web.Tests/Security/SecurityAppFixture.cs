using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using VoiceHub.Web.Tests.Projects;
using System.Globalization;

namespace VoiceHub.Web.Tests.Security;

/// <summary>
/// One running app for the security tests: a survey uploaded through the upload page whose answer carries
/// <see cref="RawMarker"/> inside an email address (which redaction removes), an online-form submission with a contact
/// email carrying <see cref="ContactMarker"/>, a survey left at the mapping step, a project and a published action;
/// and a signed-in client for each kind of visitor.
/// </summary>
public sealed class SecurityAppFixture(PostgresCluster cluster) : IAsyncLifetime
{
    /// <summary>Only ever in raw text: part of an email address the redactor removes.</summary>
    public const string RawMarker = "kq7zrawmark";
    public const string ContactMarker = "kq7zcontact";

    public static readonly string Survey = $"""
        Date,Locality,Comment
        03/03/2026,Grays,Respite booking took weeks; write to me at {RawMarker}@example.org if that helps
        04/03/2026,Tilbury,The carers group on Tuesdays keeps me going
        """;

    public VoiceHubApp App { get; private set; } = null!;
    public Dictionary<string, HttpClient> Clients { get; } = [];
    public HttpClient RawStaff { get; private set; } = null!;
    public Dictionary<string, string> Samples { get; } = [];
    public long ItemId { get; private set; }
    public long FormDocumentId { get; private set; }

    public static readonly string[] Visitors = ["anonymous", "ourvoice", "staff", "admin"];

    public async ValueTask InitializeAsync()
    {
        App = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?>
        {
            // The crawl posts each public form once per visitor; the limits themselves are tested elsewhere.
            ["VoiceHub:RateLimits:FormPostsPerMinute"] = "1000",
            ["VoiceHub:RateLimits:TrackLookupsPerMinute"] = "1000",
            ["VoiceHub:RateLimits:SignInsPerMinute"] = "1000",
            // Every test signs in from 127.0.0.1: only the per-account delays are under test here.
            ["VoiceHub:SignInThrottle:AddressFreeFailures"] = "1000",
        });
        Clients["anonymous"] = App.NewClient();
        Clients["ourvoice"] = await App.SignedInClientAsync(await App.CreateUserAsync(Roles.OurVoice));
        var staffEmail = await App.CreateUserAsync(Roles.Staff);
        Clients["staff"] = await App.SignedInClientAsync(staffEmail);
        Clients["admin"] = await App.SignedInClientAsync(VoiceHubApp.AdminEmail, VoiceHubApp.AdminPassword);
        RawStaff = await App.SignedInClientAsync(await App.CreateUserAsync(Roles.Staff, rawText: true));

        var staff = Clients["staff"];
        var document = await UploadAsync(staff, "marked.csv", Encoding.UTF8.GetBytes(Survey), confirmMapping: true);
        Samples["mapping"] = (await UploadAsync(staff, "waiting.csv", Encoding.UTF8.GetBytes("Date,Comment\n01/02/2026,Waiting for its columns\n"), confirmMapping: false)).ToString(CultureInfo.InvariantCulture);

        var sent = await Forms.SubmitAsync(App.NewClient(), "/give-feedback", new()
        {
            ["Feedback"] = "The online form is easy to use",
            ["Contact"] = "yes",
            ["Email"] = $"{ContactMarker}@example.org",
        });
        if (sent.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"The feedback form answered {sent.StatusCode}");

        var db = App.Get<NpgsqlDataSource>();
        await using var conn = await db.OpenConnectionAsync();
        await Eventually.WaitAsync(() => conn.ExecuteScalarAsync<string>("SELECT status FROM documents WHERE id = @document", new { document }),
            s => s == DocumentStatus.Ingested, TimeSpan.FromSeconds(60), "the marked survey to be ingested");
        ItemId = await conn.ExecuteScalarAsync<long>("SELECT id FROM items WHERE document_id = @document AND raw_text LIKE '%' || @RawMarker || '%'",
            new { document, RawMarker });
        FormDocumentId = await conn.ExecuteScalarAsync<long>("SELECT id FROM documents WHERE channel = 'online-form' ORDER BY id DESC LIMIT 1");

        var projectId = await App.Get<ProjectStore>().CreateAsync(WebData.Project("Short breaks"), null, CancellationToken.None);
        var actionId = await App.Get<ActionStore>().CreateAsync(WebData.Action("Book respite online", projectId), null, "test", CancellationToken.None);
        var staffUser = await App.Get<UserStore>().FindByEmailAsync(staffEmail, CancellationToken.None);

        Samples["item"] = ItemId.ToString(CultureInfo.InvariantCulture);
        Samples["document"] = document.ToString(CultureInfo.InvariantCulture);
        Samples["project"] = projectId.ToString(CultureInfo.InvariantCulture);
        Samples["action"] = actionId.ToString(CultureInfo.InvariantCulture);
        Samples["user"] = staffUser!.Id.ToString(CultureInfo.InvariantCulture);
        Samples["token"] = "AAAAAAAAAAAAAAAAAAAAAA";

        await Eventually.WaitAsync(async () => (await staff.GetFromJsonAsync<JsonElement>("/health")).GetProperty("index").GetProperty("documents").GetInt32(),
            n => n >= 3, TimeSpan.FromSeconds(60), "the items to be indexed");
    }

    /// <summary>The address to try a rule with: its sample (or its path) with the fixture's ids filled in, and its handler.</summary>
    public string Address(RouteRule rule)
    {
        var path = rule.Path;
        var handler = "";
        if (path.IndexOf('?') is var q and >= 0) (path, handler) = (path[..q], path[(q + 1)..]);
        var address = rule.Sample ?? path;
        foreach (var (key, value) in Samples) address = address.Replace("{" + key + "}", value);
        return handler.Length == 0 ? address : address + (address.Contains('?') ? "&" : "?") + handler;
    }

    public static async Task<long> UploadAsync(HttpClient client, string name, byte[] bytes, bool confirmMapping)
    {
        var response = await VoiceHubApp.PostUploadAsync(client, "survey", name, bytes);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Upload of {name} failed: {response.StatusCode}");
        var mapping = response.Headers.Location!.OriginalString;
        var id = long.Parse(mapping.Split('/')[2], CultureInfo.InvariantCulture);
        if (confirmMapping)
        {
            var confirmed = await Forms.SubmitAsync(client, mapping);
            if (confirmed.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Mapping of {name} failed: {confirmed.StatusCode}");
        }
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients.Values) client.Dispose();
        RawStaff.Dispose();
        await App.DisposeAsync();
    }
}
