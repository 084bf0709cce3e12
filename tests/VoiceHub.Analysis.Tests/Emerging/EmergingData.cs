using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Emerging;

/// <summary>Feedback written straight into a test database, week by week, and detection and the digest builder over it.</summary>
public sealed class EmergingData(TestDatabase db)
{
    private long? _document;

    public TestDatabase Db => db;

    public EmergingDetection Detection() => new(new WeeklyCountStore(db.DataSource), db.Themes, db.Localities, db.ServiceAreas,
        Options.Create(new EmergingOptions()), Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds }), NullLogger<EmergingDetection>.Instance);

    public DigestBuilder Builder() => new(Detection(), new WeeklyCountStore(db.DataSource), new EmergingFlagStore(db.DataSource),
        new DigestStore(db.DataSource), new CoverageReporter(new CoverageStore(db.DataSource), Options.Create(new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds })),
        db.Localities, TimeProvider.System, NullLogger<DigestBuilder>.Instance, new WeekReadinessStore(db.DataSource));

    public static Task<SavedSearchCounts> NoSavedSearches(CancellationToken _) => Task.FromResult(new SavedSearchCounts([], null));

    public async Task<int> ThemeIdAsync(string name) => (await db.Themes.ListAsync(CancellationToken.None)).Single(t => t.Name == name).Id;

    public async Task<int> LocalityIdAsync(string name) =>
        (await db.Localities.ListAsync(CancellationToken.None)).Single(l => l.Name == name).Id;

    /// <summary>Adds <paramref name="count"/> items said on <paramref name="on"/> (or, when null, received at <paramref name="receivedAt"/>).</summary>
    /// <returns>The new items' ids.</returns>
    public async Task<long[]> AddAsync(int count, DateOnly? on, string? locality, string? theme, string channel = "survey", string text = "The service was fine.",
        DateTimeOffset? receivedAt = null, int documents = 1, string? serviceArea = null, int? sentiment = null)
    {
        if (count == 0) return [];
        await using var conn = await db.DataSource.OpenConnectionAsync();
        _document ??= await NewDocumentAsync(conn);
        var second = documents > 1 ? await NewDocumentAsync(conn) : _document.Value;
        int? localityId = locality is null ? null : await LocalityIdAsync(locality);
        var ids = (await conn.QueryAsync<long>("""
            INSERT INTO items (document_id, channel, locality_id, occurred_on, received_at, raw_text, redacted_text, reference, fingerprint, sentiment)
            SELECT CASE WHEN g % 2 = 0 THEN @first ELSE @second END, @channel, @localityId, @on, @receivedAt, @text, @text,
                   upper(substr(md5(random()::text || g), 1, 12)), decode(md5(random()::text || clock_timestamp()::text || g), 'hex'), @sentiment::smallint
            FROM generate_series(1, @count) g RETURNING id
            """, new { first = _document.Value, second, channel, localityId, on, receivedAt = receivedAt ?? DateTimeOffset.UtcNow, text, count, sentiment })).ToArray();
        if (theme is not null)
        {
            await conn.ExecuteAsync("INSERT INTO item_themes (item_id, theme_id, score, source, model_version) SELECT unnest(@ids), @theme, 1, 'model', 'test'",
                new { ids, theme = await ThemeIdAsync(theme) });
        }
        if (serviceArea is not null)
        {
            var areaId = (await db.ServiceAreas.ListAsync(CancellationToken.None)).Single(a => a.Name == serviceArea).Id;
            await conn.ExecuteAsync("INSERT INTO item_service_areas (item_id, service_area_id, source, score) SELECT unnest(@ids), @areaId, 'model', 1",
                new { ids, areaId });
        }
        return ids;
    }

    private static async Task<long> NewDocumentAsync(Npgsql.NpgsqlConnection conn) => await conn.ExecuteScalarAsync<long>("""
        INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
        VALUES ('survey', 'weeks.csv', 'text/csv', md5(random()::text || clock_timestamp()::text), '\x00', 1, 'ingested') RETURNING id
        """);
}
