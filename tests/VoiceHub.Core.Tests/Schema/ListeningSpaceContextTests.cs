using Dapper;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Schema;

/// <summary>Schema 1151 mends Listening Space contexts stored with the channel's name twice, and only those.</summary>
public sealed class ListeningSpaceContextTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Script_DoubledContext_IsSaidOnce_AndTheIndexIsToldOfIt()
    {
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        await using var conn = await db.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var document = await conn.ExecuteScalarAsync<long>("""
            INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
            VALUES ('listening-space', 'notes.md', 'text/markdown', md5(random()::text), '\x00', 1, 'ingested') RETURNING id
            """);
        var contexts = new[] { "Listening Space: Listening Space: home care in Grays", "Listening Space: Carers' coffee morning" };
        foreach (var (context, i) in contexts.Select((c, i) => (c, i)))
        {
            await conn.ExecuteAsync("""
                INSERT INTO items (document_id, channel, raw_text, redacted_text, reference, fingerprint, context)
                VALUES (@document, 'listening-space', 'Said', 'Said', @reference, decode(md5(@reference), 'hex'), @context)
                """, new { document, reference = $"REF00000000{i}", context });
        }
        var before = await conn.ExecuteScalarAsync<long>("SELECT max(change_seq) FROM items");
        using var script = new StreamReader(typeof(Core.Schema.Migrator).Assembly.GetManifestResourceStream("VoiceHub.Core.Schema.1151_listening_space_context_once.sql")!);
        await conn.ExecuteAsync(await script.ReadToEndAsync(TestContext.Current.CancellationToken));

        var after = (await conn.QueryAsync<(string, long)>("SELECT context, change_seq FROM items ORDER BY reference")).ToList();
        Assert.Equal(["Listening Space: home care in Grays", "Listening Space: Carers' coffee morning"], after.Select(a => a.Item1));
        Assert.True(after[0].Item2 > before, "the mended item takes a new change_seq, so the index follows");
    }
}
