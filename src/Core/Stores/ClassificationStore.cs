using Dapper;
using Npgsql;
using NpgsqlTypes;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Themes, sentiment and service areas on items: the model's writes (batched, never over staff's), staff corrections,
/// the "needs review" queue, and corrected items as training data. Every write also updates the item rows, so the
/// index follows.
/// </summary>
public sealed class ClassificationStore(NpgsqlDataSource db)
{
    public const string StaffSentiment = "staff";

    /// <summary>
    /// An item classified from its words alone whose classification embedding (<c>item_class_embeddings</c>) from the
    /// model's embedder (<c>@embeddingModel</c>, null when
    /// the model has no meaning head) is now stored: classified again, with its meaning.
    /// </summary>
    private const string MeaningNowReady = """
        (CAST(@embeddingModel AS text) IS NOT NULL AND c.item_id IS NOT NULL AND NOT c.used_meaning
         AND EXISTS (SELECT 1 FROM item_class_embeddings e WHERE e.item_id = i.id AND e.model = CAST(@embeddingModel AS text)))
        """;

    /// <summary>Items not yet classified by <paramref name="version"/> (or by its meaning, once they can be), lowest id first.</summary>
    public async Task<IReadOnlyList<ItemToClassify>> PendingAsync(string version, int limit, CancellationToken ct, string? embeddingModel = null)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ItemToClassify>(new CommandDefinition($"""
            SELECT i.id, i.redacted_text, i.context FROM items i
            LEFT JOIN item_classifications c ON c.item_id = i.id
            WHERE c.item_id IS NULL OR c.model_version <> @version OR {MeaningNowReady}
            ORDER BY i.id LIMIT @limit
            """, new { version, limit, embeddingModel }, cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<long> CountPendingAsync(string version, CancellationToken ct, string? embeddingModel = null)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<long>(new CommandDefinition($"""
            SELECT count(*) FROM items i LEFT JOIN item_classifications c ON c.item_id = i.id
            WHERE c.item_id IS NULL OR c.model_version <> @version OR {MeaningNowReady}
            """, new { version, embeddingModel }, cancellationToken: ct));
    }

    /// <summary>Items with ids in [from, to] not yet classified by <paramref name="version"/>.</summary>
    public async Task<IReadOnlyList<ItemToClassify>> PendingInRangeAsync(string version, long from, long to, CancellationToken ct, string? embeddingModel = null)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ItemToClassify>(new CommandDefinition($"""
            SELECT i.id, i.redacted_text, i.context FROM items i
            LEFT JOIN item_classifications c ON c.item_id = i.id
            WHERE i.id BETWEEN @from AND @to AND (c.item_id IS NULL OR c.model_version <> @version OR {MeaningNowReady})
            ORDER BY i.id
            """, new { version, from, to, embeddingModel }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Consecutive id ranges of about <paramref name="size"/> items each, covering every item.</summary>
    public async Task<IReadOnlyList<(long From, long To)>> IdRangesAsync(int size, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, long)>(new CommandDefinition("""
            SELECT min(id), max(id) FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / @size AS batch FROM items) b
            GROUP BY batch ORDER BY batch
            """, new { size = (long)size }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Stores one batch of a model's decisions in one transaction: sentiment (unless staff set it), the model's themes
    /// and the lexicon's or model's service areas (unless staff corrected the item), and which model classified it.
    /// The items are updated first, which takes the items-writer lock: concurrent batches take turns, and the index
    /// sees every item whose themes changed.
    /// </summary>
    public async Task SaveAsync(string version, IReadOnlyList<ItemClassification> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        var ids = batch.Select(b => b.ItemId).ToArray();
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE items i
            SET sentiment = CASE WHEN b.sentiment IS NULL OR i.sentiment_model = 'staff' THEN i.sentiment ELSE b.sentiment::smallint END,
                sentiment_model = CASE WHEN b.sentiment IS NULL OR i.sentiment_model = 'staff' THEN i.sentiment_model ELSE @version END
            FROM unnest(@ids, @sentiments) AS b(id, sentiment)
            WHERE i.id = b.id
            """, new { version, ids, sentiments = batch.Select(b => b.Sentiment).ToArray() }, tx, cancellationToken: ct));

        await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM item_themes WHERE item_id = ANY(@ids) AND source = 'model'", new { ids }, tx, cancellationToken: ct));
        var themeRows = batch.SelectMany(b => b.Themes.Select(t => (b.ItemId, t.Theme, t.Score))).ToList();
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_themes (item_id, theme_id, score, source, model_version)
            SELECT b.item_id, t.id, b.score, 'model', @version
            FROM unnest(@itemIds, @names, @scores) AS b(item_id, name, score)
            JOIN themes t ON t.name = b.name AND t.active
            WHERE NOT EXISTS (SELECT 1 FROM item_themes s WHERE s.item_id = b.item_id AND s.source = 'staff')
            ON CONFLICT DO NOTHING
            """, new
            {
                version,
                itemIds = themeRows.Select(r => r.ItemId).ToArray(),
                names = themeRows.Select(r => r.Theme).ToArray(),
                scores = themeRows.Select(r => r.Score).ToArray(),
            }, tx, cancellationToken: ct));

        await conn.ExecuteAsync(new CommandDefinition(
            "DELETE FROM item_service_areas WHERE item_id = ANY(@ids) AND source <> 'staff'", new { ids }, tx, cancellationToken: ct));
        var areaRows = batch.SelectMany(b => b.ServiceAreas.Select(a => (b.ItemId, a.ServiceAreaId, a.Source, a.Score))).ToList();
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_service_areas (item_id, service_area_id, source, score)
            SELECT b.item_id, b.area_id, b.source, b.score
            FROM unnest(@itemIds, @areaIds, @sources, @scores) AS b(item_id, area_id, source, score)
            WHERE NOT EXISTS (SELECT 1 FROM item_service_areas s WHERE s.item_id = b.item_id AND s.source = 'staff')
            ON CONFLICT DO NOTHING
            """, new
            {
                itemIds = areaRows.Select(r => r.ItemId).ToArray(),
                areaIds = areaRows.Select(r => r.ServiceAreaId).ToArray(),
                sources = areaRows.Select(r => r.Source).ToArray(),
                scores = areaRows.Select(r => r.Score).ToArray(),
            }, tx, cancellationToken: ct));

        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_classifications (item_id, model_version, margin, used_meaning)
            SELECT id, @version, margin, used_meaning FROM unnest(@ids, @margins, @meanings) AS b(id, margin, used_meaning)
            ON CONFLICT (item_id) DO UPDATE SET model_version = excluded.model_version, margin = excluded.margin,
                used_meaning = excluded.used_meaning, classified_at = now()
            """, new { version, ids, margins = batch.Select(b => b.Margin).ToArray(), meanings = batch.Select(b => b.UsedMeaning).ToArray() },
            tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<ItemTheme>> ThemesOfAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ItemTheme>(new CommandDefinition("""
            SELECT t.id AS theme_id, t.name, t.category, it.score, it.source, it.model_version, u.display_name AS created_by_name, it.created_at
            FROM item_themes it JOIN themes t ON t.id = it.theme_id LEFT JOIN users u ON u.id = it.created_by
            WHERE it.item_id = @itemId
            ORDER BY it.score DESC NULLS LAST, t.name
            """, new { itemId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <returns>The item's sentiment and who set it: a model version, or "staff".</returns>
    public async Task<(int? Sentiment, string? Source)> SentimentOfAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<(int?, string?)>(new CommandDefinition(
            "SELECT sentiment::int, sentiment_model FROM items WHERE id = @itemId", new { itemId }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<ItemServiceArea>> ServiceAreasOfAsync(long itemId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<ItemServiceArea>(new CommandDefinition("""
            SELECT a.id AS service_area_id, a.name, isa.source, u.display_name AS created_by_name, isa.created_at
            FROM item_service_areas isa JOIN service_areas a ON a.id = isa.service_area_id LEFT JOIN users u ON u.id = isa.created_by
            WHERE isa.item_id = @itemId ORDER BY a.name
            """, new { itemId }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>
    /// Staff set an item's themes, service areas and sentiment. The item's model rows are replaced by staff rows, which
    /// the model never overwrites, and the item is updated so the index follows.
    /// </summary>
    public async Task SetByStaffAsync(long itemId, IReadOnlyCollection<int> themeIds, IReadOnlyCollection<int> serviceAreaIds, int? sentiment,
        long userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE items SET sentiment = coalesce(@sentiment::smallint, sentiment),
                sentiment_model = CASE WHEN @sentiment::smallint IS NULL THEN sentiment_model ELSE 'staff' END
            WHERE id = @itemId
            """, new { itemId, sentiment }, tx, cancellationToken: ct));
        await conn.ExecuteAsync(new CommandDefinition("""
            DELETE FROM item_themes WHERE item_id = @itemId AND NOT (source = 'staff' AND theme_id = ANY(@themeIds));
            INSERT INTO item_themes (item_id, theme_id, source, created_by)
            SELECT @itemId, t, 'staff', @userId FROM unnest(@themeIds) AS t ON CONFLICT DO NOTHING;
            DELETE FROM item_service_areas WHERE item_id = @itemId AND NOT (source = 'staff' AND service_area_id = ANY(@areaIds));
            INSERT INTO item_service_areas (item_id, service_area_id, source, created_by)
            SELECT @itemId, a, 'staff', @userId FROM unnest(@areaIds) AS a ON CONFLICT DO NOTHING;
            """, new { itemId, themeIds = themeIds.ToArray(), areaIds = serviceAreaIds.ToArray(), userId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// The "needs review" queue: items the active model classified and staff have not corrected, least sure first.
    /// </summary>
    public async Task<(IReadOnlyList<ReviewItem> Items, long Total)> ReviewQueueAsync(string version, int offset, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        const string Where = """
            c.model_version = @version
            AND NOT EXISTS (SELECT 1 FROM item_themes s WHERE s.item_id = c.item_id AND s.source = 'staff')
            """;
        var items = await conn.QueryAsync<ReviewItem>(new CommandDefinition($"""
            SELECT i.id, i.reference, i.redacted_text, i.occurred_on, c.margin,
                   ARRAY(SELECT t.name FROM item_themes it JOIN themes t ON t.id = it.theme_id
                         WHERE it.item_id = i.id ORDER BY it.score DESC NULLS LAST, t.name) AS themes
            FROM item_classifications c JOIN items i ON i.id = c.item_id
            WHERE {Where}
            ORDER BY c.margin, c.item_id
            OFFSET @offset LIMIT @limit
            """, new { version, offset, limit }, cancellationToken: ct));
        var total = await conn.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM item_classifications c WHERE {Where}", new { version }, cancellationToken: ct));
        return (items.AsList(), total);
    }

    /// <summary>Every item staff have given themes: the corrections the next training learns from.</summary>
    public async Task<IReadOnlyList<TrainingExample>> StaffExamplesAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<TrainingExample>(new CommandDefinition("""
            SELECT i.id AS item_id, i.redacted_text, i.context,
                   ARRAY(SELECT t.name FROM item_themes it JOIN themes t ON t.id = it.theme_id
                         WHERE it.item_id = i.id AND it.source = 'staff' AND t.active ORDER BY t.name) AS themes,
                   CASE WHEN i.sentiment_model = 'staff' THEN i.sentiment::int END AS sentiment
            FROM items i
            WHERE EXISTS (SELECT 1 FROM item_themes s WHERE s.item_id = i.id AND s.source = 'staff')
            ORDER BY i.id
            """, cancellationToken: ct));
        return rows.AsList();
    }
}
