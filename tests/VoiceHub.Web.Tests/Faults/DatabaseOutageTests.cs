using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;
using VoiceHub.Web.Tests.Security;
using System.Globalization;

namespace VoiceHub.Web.Tests.Faults;

/// <summary>
/// PostgreSQL stopped and started again under a running app, on a cluster of this test's own (the assembly's cluster
/// serves every other test): while it is down pages say the service is temporarily unavailable (503, no stack trace);
/// once it is back the same app, not restarted, serves pages, runs ingest jobs and keeps its index following.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Outage_PagesSayUnavailable_ThenTheAppRecoversWithoutARestart()
    {
        var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        try
        {
            await using var app = await VoiceHubApp.StartAsync(cluster);
            using var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff));
            var before = await UploadTalkingShopAsync(staff, "before", "kq7zbefore");
            await Eventually.WaitAsync(() => TotalAsync(staff, "kq7zbefore"), n => n == 2, Recovery, "the first upload to be searchable");

            await ClusterOutage.StopAsync(cluster);
            try
            {
                foreach (var (client, path) in new[] { (staff, "/documents"), (staff, "/search?q=kq7zbefore"), (app.NewClient(), "/give-feedback") })
                {
                    using var response = await client.GetAsync(path);
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{path} answered {response.StatusCode} with the database down");
                    Assert.Contains("Sorry, the service is temporarily unavailable", body);
                    Assert.DoesNotContain("Npgsql", body);
                    Assert.DoesNotContain(" at VoiceHub", body);
                }
                using var health = await app.NewClient().GetAsync("/health");
                Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
                Assert.Contains("\"database\":\"unavailable\"", await health.Content.ReadAsStringAsync());
            }
            finally
            {
                await ClusterOutage.StartAsync(cluster);
            }

            // The same app: pages, sign-in state, jobs and the index follower all come back.
            await Eventually.WaitAsync(async () => (await staff.GetAsync("/documents")).StatusCode, s => s == HttpStatusCode.OK, Recovery, "pages to come back");
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/documents/{before}")).StatusCode);
            var after = await UploadTalkingShopAsync(staff, "after", "kq7zafter");
            await Eventually.WaitAsync(() => app.Get<Core.Stores.DocumentStore>().FindAsync(after, CancellationToken.None),
                d => d?.Status == DocumentStatus.Ingested, Recovery, "the job server to ingest an upload made after the outage");
            await Eventually.WaitAsync(() => TotalAsync(staff, "kq7zafter"), n => n == 2, Recovery, "the index follower to carry on");
            Assert.Equal(2, await TotalAsync(staff, "kq7zbefore"));
            var form = await Forms.SubmitAsync(app.NewClient(), "/give-feedback", new() { ["Feedback"] = "After the outage the form works" });
            Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    // Items holding the word (exact=true): the two uploads say the same in the same words but for their markers, so once
    // the minutely embedding job has run, a plain search for one would list the other as meaning the same.
    private static async Task<int> TotalAsync(HttpClient client, string word)
    {
        using var response = await client.GetAsync("/api/search?exact=true&q=" + word);
        if (response.StatusCode != HttpStatusCode.OK) return -1;
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
    }

    /// <summary>A two-row talking-shop CSV (no mapping step: the upload enqueues its job at once). Returns the document id.</summary>
    public static async Task<long> UploadTalkingShopAsync(HttpClient client, string name, string marker)
    {
        var csv = $"""
            Date,Locality,Venue,Enquiry type,Notes,Outcome
            02/03/2026,Grays,Grays Library,Carer support,The {marker} respite line rang out all week,Signposted
            09/03/2026,Tilbury,Tilbury Hub,Home care,Carers for my mother changed daily {marker},Referred
            """;
        return await UploadAsync(client, "talking-shop", name + ".csv", Encoding.UTF8.GetBytes(csv));
    }

    public static async Task<long> UploadAsync(HttpClient client, string channel, string name, byte[] bytes)
    {
        var response = await VoiceHubApp.PostUploadAsync(client, channel, name, bytes);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Upload of {name} answered {response.StatusCode}");
        return long.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[2], CultureInfo.InvariantCulture);
    }
}
