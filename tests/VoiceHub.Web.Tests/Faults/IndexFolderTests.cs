using System.Net.Http.Json;
using System.Text.Json;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Faults;

/// <summary>The index folder deleted under a running app: it is rebuilt from PostgreSQL and searches find what they found before.</summary>
public sealed class IndexFolderTests(PostgresCluster cluster)
{
    [Fact]
    public async Task IndexFolder_Deleted_IsRebuilt_AndSearchReturnsTheSameResults()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster);
        using var staff = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff));
        var document = await DatabaseOutageTests.UploadAsync(staff, "talking-shop", "talking-shop.csv", File.ReadAllBytes(TestPaths.Sample("talking-shop.csv")));
        await Eventually.WaitAsync(() => app.Get<Core.Stores.DocumentStore>().FindAsync(document, CancellationToken.None),
            d => d?.Status == DocumentStatus.Ingested, TimeSpan.FromSeconds(60), "the upload to be ingested");
        string[] queries = ["carers", "wait*", "\"direct payments\"", "treatment OR daughter", "channel:talking-shop"];
        var expected = new Dictionary<string, string>();
        foreach (var q in queries)
        {
            expected[q] = await Eventually.WaitAsync(() => IdsAsync(staff, q), ids => ids.Length > 0 && !ids.StartsWith("0:", StringComparison.Ordinal), TimeSpan.FromSeconds(30), $"results for {q}");
        }

        Directory.Delete(app.IndexDirectory, recursive: true);
        // Searches are served from the open (deleted) files until the follower notices; wait for the new folder first.
        await Eventually.WaitAsync(() => Task.FromResult(Directory.Exists(app.IndexDirectory) && Directory.EnumerateFiles(app.IndexDirectory, "segments_*").Any()),
            found => found, TimeSpan.FromSeconds(30), "a fresh index in the folder");

        foreach (var q in queries)
        {
            await Eventually.WaitAsync(() => IdsAsync(staff, q, afterLoss: true), ids => ids == expected[q], TimeSpan.FromSeconds(60), $"the rebuilt index to answer {q} as before");
        }
        // The rebuilt index may answer in full a moment before it marks itself rebuilt.
        await Eventually.WaitAsync(async () => (await staff.GetFromJsonAsync<JsonElement>("/health")).GetProperty("index").GetProperty("state").GetString(),
            state => state == "ok", TimeSpan.FromSeconds(60), "the index to say it is rebuilt");
    }

    /// <summary>
    /// The total and the ids of the results (sorted: equal scores may tie in another order), as one string; empty while
    /// the index cannot answer. Words only (exact=true): the minutely embedding job may run between the searches before and
    /// after the loss, and feedback that means the same would then be listed after but not before. <paramref name="afterLoss"/>: the index folder was lost, and an answer short of what it
    /// had must say the index is being rebuilt, never look like a complete "nothing found".
    /// </summary>
    private static async Task<string> IdsAsync(HttpClient client, string query, bool afterLoss = false)
    {
        using var response = await client.GetAsync("/api/search?exact=true&pageSize=100&q=" + Uri.EscapeDataString(query));
        if (!response.IsSuccessStatusCode) return "";
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (afterLoss && json.GetProperty("total").GetInt32() == 0)
        {
            Assert.True(json.GetProperty("indexRebuilding").GetBoolean(), $"'{query}' found nothing without saying the index is being rebuilt");
            Assert.Contains("results may be incomplete", json.GetProperty("message").GetString());
        }
        var ids = json.GetProperty("hits").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).Order();
        return json.GetProperty("total").GetInt32() + ": " + string.Join(",", ids);
    }
}
