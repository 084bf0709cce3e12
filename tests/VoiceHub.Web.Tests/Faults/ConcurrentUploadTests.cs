using System.Net;
using System.Text;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Faults;

/// <summary>Uploads arriving together: twenty at once, and one file from two sessions at once. Everything is ingested exactly once.</summary>
public sealed class ConcurrentUploadTests(PostgresCluster cluster)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task TwentyUploadsAtOnce_AreEachIngestedOnce()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster);
        var sessions = new List<HttpClient>();
        for (var i = 0; i < 4; i++) sessions.Add(await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff)));
        var tag = Guid.NewGuid().ToString("N")[..8];

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(n =>
            DatabaseOutageTests.UploadTalkingShopAsync(sessions[n % sessions.Count], $"drop-{n}", $"kq7z{tag}n{n}x")));

        Assert.Equal(20, ids.Distinct().Count());
        await using var conn = await app.Get<NpgsqlDataSource>().OpenConnectionAsync();
        await Eventually.WaitAsync(() => conn.ExecuteScalarAsync<int>("SELECT count(*) FROM documents WHERE id = ANY(@ids) AND status = 'ingested'", new { ids }),
            n => n == 20, Limit, "all twenty uploads to be ingested");
        var perDocument = (await conn.QueryAsync<(long Document, int Items)>(
            "SELECT document_id, count(*)::int FROM items WHERE document_id = ANY(@ids) GROUP BY document_id", new { ids })).ToList();
        Assert.Equal(20, perDocument.Count);
        Assert.All(perDocument, d => Assert.Equal(2, d.Items));
        Assert.Equal(40, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM items WHERE raw_text LIKE '%kq7z' || @tag || '%'", new { tag }));
        foreach (var s in sessions) s.Dispose();
    }

    [Fact]
    public async Task SameFile_FromTwoSessionsAtOnce_IsOneDocumentIngestedOnce()
    {
        await using var app = await VoiceHubApp.StartAsync(cluster);
        using var first = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff));
        using var second = await app.SignedInClientAsync(await app.CreateUserAsync(Roles.Staff));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var survey = Encoding.UTF8.GetBytes($"Date,Locality,Comment\n01/03/2026,Grays,The lift kq7z{tag} was broken again\n02/03/2026,Tilbury,Meals arrive cold kq7z{tag}\n");

        // Both upload the same survey at once, and both confirm its columns at once: two jobs may run for it.
        var uploads = await Task.WhenAll(UploadSurveyAsync(first, survey), UploadSurveyAsync(second, survey));
        Assert.Equal(uploads[0], uploads[1]);
        var id = uploads[0];
        var confirmed = await Task.WhenAll(Forms.SubmitAsync(first, $"/documents/{id}/mapping"), Forms.SubmitAsync(second, $"/documents/{id}/mapping"));
        Assert.All(confirmed, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"confirming answered {r.StatusCode}"));
        // And a third time, after it may have finished: still nothing doubled.
        var talkingShop = await Task.WhenAll(
            DatabaseOutageTests.UploadTalkingShopAsync(first, "same", $"kq7z{tag}ts"), DatabaseOutageTests.UploadTalkingShopAsync(second, "same", $"kq7z{tag}ts"));
        Assert.Equal(talkingShop[0], talkingShop[1]);

        await using var conn = await app.Get<NpgsqlDataSource>().OpenConnectionAsync();
        await Eventually.WaitAsync(() => conn.ExecuteScalarAsync<int>("SELECT count(*) FROM documents WHERE id = ANY(@ids) AND status = 'ingested'",
            new { ids = new[] { id, talkingShop[0] } }), n => n == 2, Limit, "both documents to be ingested");
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM documents WHERE file_name = 'same.csv'"));
        Assert.Equal(4, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM items WHERE raw_text LIKE '%kq7z' || @tag || '%'", new { tag }));
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("SELECT duplicates_skipped FROM documents WHERE id = @id", new { id }));
    }

    /// <summary>Uploads a survey; returns the document id, whether this session created it or found it already there.</summary>
    private static async Task<long> UploadSurveyAsync(HttpClient client, byte[] bytes) =>
        await DatabaseOutageTests.UploadAsync(client, "survey", "same-survey.csv", bytes);
}
