using Dapper;
using Npgsql;

namespace VoiceHub.Core.Stores;

/// <summary>
/// Whether a week's feedback is all in and worked on, so a digest judges the week whole: uploads still being read (their
/// items' dates are not known yet, so they hold every week back), and items said in the week that the active theme
/// model has not classified or the embedder has not embedded yet.
/// </summary>
public sealed class WeekReadinessStore(NpgsqlDataSource db)
{
    /// <param name="embeddingModel">The embedder's model id; null when none is set up (then nothing waits for embeddings).</param>
    public async Task<WeekReadiness> CheckAsync(DateOnly monday, string? embeddingModel, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<WeekReadiness>(new CommandDefinition($"""
            WITH week AS (
                SELECT i.id, i.received_at FROM items i
                WHERE {WeeklyCountStore.SaidOn} >= @monday AND {WeeklyCountStore.SaidOn} < @next
            ), model AS (SELECT version FROM theme_models WHERE active LIMIT 1)
            SELECT (SELECT count(*) FROM documents WHERE status IN ('received', 'ingesting')) AS documents_ingesting,
                   (SELECT count(*) FROM week) AS items,
                   (SELECT version FROM model) AS theme_model,
                   (SELECT count(*) FROM week w LEFT JOIN item_classifications c ON c.item_id = w.id
                    WHERE EXISTS (SELECT 1 FROM model) AND (c.item_id IS NULL OR c.model_version <> (SELECT version FROM model))) AS not_classified,
                   (SELECT count(*) FROM week w LEFT JOIN item_embeddings e ON e.item_id = w.id
                    WHERE @embeddingModel::text IS NOT NULL AND (e.item_id IS NULL OR e.model <> @embeddingModel)) AS not_embedded,
                   greatest((SELECT max(received_at) FROM week),
                            (SELECT max(c.classified_at) FROM week w JOIN item_classifications c ON c.item_id = w.id)) AS last_change_at
            """, new { monday, next = monday.AddDays(7), embeddingModel }, commandTimeout: 600, cancellationToken: ct));
    }
}

/// <summary>A week's state for its digest. <see cref="LastChangeAt"/> is when an item of the week last arrived or was classified.</summary>
public sealed record WeekReadiness
{
    public long DocumentsIngesting { get; init; }
    public long Items { get; init; }
    public string? ThemeModel { get; init; }
    public long NotClassified { get; init; }
    public long NotEmbedded { get; init; }
    public DateTimeOffset? LastChangeAt { get; init; }

    public bool Complete => DocumentsIngesting == 0 && NotClassified == 0 && NotEmbedded == 0;
}
