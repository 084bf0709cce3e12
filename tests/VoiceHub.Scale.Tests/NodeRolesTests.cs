using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using VoiceHub.TestCommon;

namespace VoiceHub.Scale.Tests;

/// <summary>A web-only node (no job server) and a jobs-only node (only /health) together make one working hub.</summary>
[Trait("Category", "Slow")]
public sealed class NodeRolesTests(PostgresCluster cluster)
{
    [Fact(Timeout = 180_000)]
    public async Task WebOnlyAndJobsOnlyNodes_UploadOnTheWebNodeIsIngestedByTheJobsNodeAndSearchable()
    {
        var db = new SharedDatabase(await cluster.CreateDatabaseAsync("roles"));
        await using var jobs = await AppProcess.StartAsync(db.ConnectionString, Settings.FastFailover(new() { ["VoiceHub:Node:Web"] = "false" }));
        await using var web = await AppProcess.StartAsync(db.ConnectionString, Settings.FastFailover(new() { ["VoiceHub:Node:Jobs"] = "false" }));

        // The jobs-only node serves its health and nothing else.
        using (var raw = jobs.NewClient())
        {
            Assert.Equal(HttpStatusCode.NotFound, (await raw.GetAsync("/account/sign-in")).StatusCode);
            var health = await raw.GetFromJsonAsync<JsonElement>("/health");
            Assert.False(health.GetProperty("node").GetProperty("web").GetBoolean());
            Assert.True(health.GetProperty("node").GetProperty("jobs").GetBoolean());
        }

        // Only the jobs node runs a Hangfire server.
        var servers = await Waits.ForAsync(ServersAsync, s => s.Count > 0, TimeSpan.FromSeconds(30), "the jobs node's Hangfire server", jobs, web);
        Assert.All(servers, s => Assert.Contains($":{jobs.ProcessId}:", s, StringComparison.Ordinal));

        // The web node enqueues the ingest; the jobs node runs it; the web node's own index finds the items.
        using var client = await Node.SignInAsync(web);
        var id = await Node.UploadSurveyAsync(client, web, SurveyFile.Generate(10, "roles", marker: "okapilighthouse"), "roles.csv");
        await Waits.ForAsync(() => db.StatusAsync(id), s => s == "ingested", TimeSpan.FromSeconds(60), "the jobs node to ingest the upload", jobs, web);
        await Waits.ForAsync(() => Node.SearchTotalAsync(client, "okapilighthouse"), t => t == 20, TimeSpan.FromSeconds(10), "the web node to find the items", web);
        Assert.All(await ServersAsync(), s => Assert.DoesNotContain($":{web.ProcessId}:", s, StringComparison.Ordinal));

        async Task<List<string>> ServersAsync()
        {
            await using var conn = new NpgsqlConnection(db.ConnectionString);
            return (await conn.QueryAsync<string>("SELECT id FROM hangfire.server")).AsList();
        }
    }
}
