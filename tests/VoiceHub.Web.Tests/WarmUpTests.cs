using Dapper;
using VoiceHub.TestCommon;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Tests;

/// <summary>
/// The start-up warm-up in the real app: after the host is up it visits every public and staff page once (staff pages
/// with a cookie it makes for the first admin) and each answers 200, without recording a sign-in or storing anything.
/// How much time it saves is a benchmark (<c>voicehub bench first-visits</c>), not a test.
/// </summary>
public sealed class WarmUpTests(PostgresCluster cluster) : IAsyncLifetime
{
    private VoiceHubApp _app = null!;

    public async ValueTask InitializeAsync() =>
        _app = await VoiceHubApp.StartAsync(cluster, new Dictionary<string, string?> { ["VoiceHub:WarmUp"] = "true" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Start_VisitsEveryPageOnce_AllAnswer_AndNothingIsStored()
    {
        var result = await _app.Get<WarmUp>().Done.WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        Assert.Empty(result.Failures);
        Assert.Equal(WarmUp.PublicPages.Length + WarmUp.StaffPages.Length, result.Pages);
        await using var conn = await _app.Get<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(TestContext.Current.CancellationToken);
        var (documents, signIns, audits) = await conn.QuerySingleAsync<(long, long, long)>("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM users WHERE last_sign_in_at IS NOT NULL),
                   (SELECT count(*) FROM audit_log WHERE action LIKE 'sign-in%')
            """);
        Assert.Equal((0L, 0L, 0L), (documents, signIns, audits));
    }
}
