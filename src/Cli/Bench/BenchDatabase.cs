using System.Diagnostics;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using VoiceHub.Core;
using VoiceHub.Core.LocalPostgres;
using VoiceHub.Core.Schema;
using VoiceHub.Core.Seeds;
using VoiceHub.Core.Stores;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// A throwaway PostgreSQL cluster of the bench's own (never the user's data), with VoiceHub's schema and the demo
/// council, loaded with a corpus by binary COPY. Removed on dispose.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private BenchDatabase(LocalPostgres server, NpgsqlDataSource dataSource, string folder)
    {
        Server = server;
        DataSource = dataSource;
        Folder = folder;
    }

    public LocalPostgres Server { get; }
    public NpgsqlDataSource DataSource { get; }
    public string Folder { get; }

    public static async Task<BenchDatabase> StartAsync(string seeds, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"voicehub-bench-{Guid.NewGuid():N}");
        var server = await LocalPostgres.StartAsync(new LocalPostgresOptions { DataDirectory = Path.Combine(folder, "pg"), Throwaway = true }, null, ct);
        var dataSource = VoiceHubDatabase.Build(server.ConnectionString);
        DapperSetup.Apply();
        await Migrator.MigrateAsync(dataSource, null, ct);
        await new SeedLoader(new LocalityStore(dataSource), new ThemeStore(dataSource), new ServiceAreaStore(dataSource), NullLogger<SeedLoader>.Instance).LoadAsync(seeds, ct);
        return new BenchDatabase(server, dataSource, folder);
    }

    /// <summary>Stores the corpus as items (with themes, service areas and sentiment) in 100 new documents; may be called again to add more.</summary>
    /// <returns>How long the load took.</returns>
    public Task<TimeSpan> LoadAsync(BenchCorpus corpus, int count, ILogger log, CancellationToken ct) => LoadAsync(corpus, count, null, log, ct);

    /// <param name="weeks">How many weeks before today the items' dates spread over; null for three years.</param>
    public async Task<TimeSpan> LoadAsync(BenchCorpus corpus, int count, int? weeks, ILogger log, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        await using var conn = await DataSource.OpenConnectionAsync(ct);
        var localityIds = (await conn.QueryAsync<int>("SELECT id FROM localities ORDER BY name")).ToArray();
        var themeIds = (await conn.QueryAsync<(string Name, int Id)>("SELECT name, id FROM themes")).ToDictionary(t => t.Name, t => t.Id);
        foreach (var area in BenchCorpus.ServiceAreas)
        {
            await conn.ExecuteAsync("INSERT INTO service_areas (name) VALUES (@area) ON CONFLICT DO NOTHING", new { area });
        }
        var areaIds = (await conn.QueryAsync<(string Name, int Id)>("SELECT name, id FROM service_areas")).ToDictionary(a => a.Name, a => a.Id);
        var documents = new long[100];
        for (var d = 0; d < documents.Length; d++)
        {
            documents[d] = await conn.ExecuteScalarAsync<long>("""
                INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
                VALUES ('survey', @name, 'text/csv', @sha, '\x00', 1, 'ingested') RETURNING id
                """, new { name = $"bench-{d}.csv", sha = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)) });
        }

        // Fingerprints are unique: a second load numbers its items on from the first's.
        var stored = await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM items");
        var now = DateTimeOffset.UtcNow;
        var itemThemes = new List<(int Ord, int Theme)>();
        var itemAreas = new List<(int Ord, int Area)>();
        await using (var writer = await conn.BeginBinaryImportAsync("""
            COPY items (document_id, channel, locality_id, occurred_on, received_at, raw_text, redacted_text, metadata,
                        reference, fingerprint, row_no, sentiment) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var ord = 0;
            foreach (var item in corpus.Generate(count, localityIds.Length, DateOnly.FromDateTime(now.UtcDateTime), weeks))
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(documents[ord % documents.Length], NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(item.Channel, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(localityIds[item.Locality], NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(item.Date, NpgsqlDbType.Date, ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                await writer.WriteAsync(item.Text, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(item.Text, NpgsqlDbType.Text, ct);
                await writer.WriteAsync("{}", NpgsqlDbType.Jsonb, ct);
                await writer.WriteAsync(ReferenceCode.New(), NpgsqlDbType.Text, ct);
                await writer.WriteAsync(BitConverter.GetBytes(stored + ord), NpgsqlDbType.Bytea, ct);
                await writer.WriteAsync(ord, NpgsqlDbType.Integer, ct);
                if (item.Sentiment is { } s) await writer.WriteAsync(s, NpgsqlDbType.Smallint, ct);
                else await writer.WriteNullAsync(ct);
                foreach (var theme in item.Themes)
                {
                    if (themeIds.TryGetValue(theme, out var id)) itemThemes.Add((ord, id));
                }
                foreach (var area in item.ServiceAreas) itemAreas.Add((ord, areaIds[area]));
                if (++ord % 100_000 == 0) log.LogInformation("Loaded {Count:N0} items", ord);
            }
            await writer.CompleteAsync(ct);
        }

        // row_no is the item's place in the corpus, which the theme and area rows refer to.
        await conn.ExecuteAsync("CREATE TEMP TABLE ord_theme (ord integer, theme_id integer); CREATE TEMP TABLE ord_area (ord integer, area_id integer)");
        await CopyPairsAsync(conn, "COPY ord_theme (ord, theme_id) FROM STDIN (FORMAT BINARY)", itemThemes, ct);
        await CopyPairsAsync(conn, "COPY ord_area (ord, area_id) FROM STDIN (FORMAT BINARY)", itemAreas, ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_themes (item_id, theme_id, score, source, model_version)
            SELECT i.id, o.theme_id, 1, 'model', 'bench' FROM ord_theme o JOIN items i ON i.row_no = o.ord AND i.document_id = ANY(@documents)
            ON CONFLICT DO NOTHING;
            INSERT INTO item_service_areas (item_id, service_area_id, source)
            SELECT i.id, o.area_id, 'lexicon' FROM ord_area o JOIN items i ON i.row_no = o.ord AND i.document_id = ANY(@documents)
            ON CONFLICT DO NOTHING;
            DROP TABLE ord_theme; DROP TABLE ord_area;
            ANALYZE;
            """, new { documents }, commandTimeout: 3600, cancellationToken: ct));
        return clock.Elapsed;
    }

    private static async Task CopyPairsAsync(NpgsqlConnection conn, string copy, List<(int, int)> rows, CancellationToken ct)
    {
        await using var writer = await conn.BeginBinaryImportAsync(copy, ct);
        foreach (var (a, b) in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(a, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(b, NpgsqlDbType.Integer, ct);
        }
        await writer.CompleteAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await Server.StopAsync();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
