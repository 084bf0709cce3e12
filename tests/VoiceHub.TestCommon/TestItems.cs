using Dapper;
using Npgsql;

namespace VoiceHub.TestCommon;

/// <summary>
/// Feedback items written straight into a test database, as ingest would have left them: one document per builder,
/// unique references and fingerprints, and optionally a date, a locality, a theme (as the classifier labels), a service
/// area, a sentiment and when they arrived. Names (locality, theme, service area) are looked up, so a test reads as the
/// hub's words: <c>await items.AddAsync(16, on: monday, locality: "Grays", theme: "Transport")</c>.
/// </summary>
public sealed class TestItems(NpgsqlDataSource db, string documentChannel = "survey", string fileName = "items.csv")
{
    private long? _document;

    /// <summary>
    /// Adds <paramref name="count"/> items saying <paramref name="text"/>; returns their ids, oldest first. With
    /// <paramref name="documents"/> 2 they alternate between the builder's upload and a new one made for this call, so
    /// each call is another voice (detection counts voices by upload).
    /// </summary>
    public async Task<long[]> AddAsync(int count, DateOnly? on = null, string? locality = null, string? theme = null, string text = "The service was fine.",
        DateTimeOffset? receivedAt = null, string? serviceArea = null, int? sentiment = null, string? context = null, string? channel = null, int documents = 1)
    {
        if (count <= 0) return [];
        await using var conn = await db.OpenConnectionAsync();
        _document ??= await NewDocumentAsync(conn);
        var second = documents > 1 ? await NewDocumentAsync(conn) : _document.Value;
        var ids = (await conn.QueryAsync<long>("""
            INSERT INTO items (document_id, channel, locality_id, occurred_on, received_at, raw_text, redacted_text, context, reference, fingerprint, sentiment)
            SELECT CASE WHEN g % 2 = 0 THEN @first ELSE @second END, @channel, (SELECT id FROM localities WHERE name = @locality), @on, @receivedAt,
                   @text, @text, @context, upper(substr(md5(random()::text || clock_timestamp()::text || g), 1, 12)),
                   decode(md5(random()::text || clock_timestamp()::text || g), 'hex'), @sentiment::smallint
            FROM generate_series(1, @count) g ORDER BY g RETURNING id
            """, new
        {
            first = _document, second, channel = channel ?? documentChannel, locality, on,
            receivedAt = receivedAt ?? DateTimeOffset.UtcNow, text, context, count, sentiment,
        })).ToArray();
        if (locality is not null && await conn.ExecuteScalarAsync<int?>("SELECT id FROM localities WHERE name = @locality", new { locality }) is null)
            throw new ArgumentException($"No locality is called \"{locality}\".", nameof(locality));
        if (theme is not null) await ThemeAsync(theme, ids);
        if (serviceArea is not null)
        {
            var added = await conn.ExecuteAsync("""
                INSERT INTO item_service_areas (item_id, service_area_id, source, score) SELECT unnest(@ids), id, 'model', 1 FROM service_areas WHERE name = @serviceArea
                """, new { ids, serviceArea });
            if (added == 0) throw new ArgumentException($"No service area is called \"{serviceArea}\".", nameof(serviceArea));
        }
        return ids;
    }

    private Task<long> NewDocumentAsync(NpgsqlConnection conn) => conn.ExecuteScalarAsync<long>("""
        INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
        VALUES (@channel, @fileName, 'text/csv', md5(random()::text || clock_timestamp()::text), '\x00', 1, 'ingested') RETURNING id
        """, new { channel = documentChannel, fileName });

    /// <summary>Labels items with a theme as the classifier would (source "model").</summary>
    public async Task ThemeAsync(string theme, IReadOnlyCollection<long> ids)
    {
        await using var conn = await db.OpenConnectionAsync();
        var added = await conn.ExecuteAsync("""
            INSERT INTO item_themes (item_id, theme_id, score, source, model_version) SELECT unnest(@ids), id, 1, 'model', 'test' FROM themes WHERE name = @theme
            """, new { ids = ids.ToArray(), theme });
        if (added == 0 && ids.Count > 0) throw new ArgumentException($"No theme is called \"{theme}\".", nameof(theme));
    }

    /// <summary>An item's public reference, as pages and exports show it.</summary>
    public async Task<string> ReferenceAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await conn.ExecuteScalarAsync<string>("SELECT reference FROM items WHERE id = @id", new { id }) ?? throw new ArgumentException($"No item {id}.");
    }
}
