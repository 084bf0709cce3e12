using System.Text.RegularExpressions;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Stores;

public sealed class ThemeStore(NpgsqlDataSource db)
{
    /// <summary>The seed step that applies the council taxonomy, once.</summary>
    public const string TaxonomyMark = "asc-themes-v1";

    private const string Columns = """
        id, name, public_name, easy_read_name, category, description, public, qdc_labels, active, retired_at, merged_into
        """;

    public async Task<IReadOnlyList<Theme>> ListAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<Theme>(new CommandDefinition(
            "SELECT id, name, category, description FROM themes WHERE active ORDER BY category, name", cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Every theme, retired ones too, for the admin page.</summary>
    public async Task<IReadOnlyList<CouncilTheme>> ListAllAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<CouncilTheme>(new CommandDefinition(
            $"SELECT {Columns} FROM themes ORDER BY NOT active, category, name", cancellationToken: ct));
        return rows.AsList();
    }

    public async Task<CouncilTheme?> FindAsync(int id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleOrDefaultAsync<CouncilTheme>(new CommandDefinition(
            $"SELECT {Columns} FROM themes WHERE id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>Staff name → what the public may see (only active, public themes with a public name).</summary>
    public async Task<IReadOnlyDictionary<string, CouncilTheme>> ByNameAsync(CancellationToken ct) =>
        (await ListAllAsync(ct)).ToDictionary(t => t.Name, StringComparer.Ordinal);

    public async Task UpsertAsync(string name, string category, string description, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO themes (name, category, description) VALUES (@name, @category, @description)
            ON CONFLICT (name) DO UPDATE SET category = excluded.category, description = excluded.description, active = true
            """, new { name, category, description }, cancellationToken: ct));
    }

    public async Task<bool> IsMarkedAsync(string mark, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM seed_marks WHERE name = @mark)", new { mark }, cancellationToken: ct));
    }

    /// <summary>
    /// Applies the council taxonomy once (then the themes are the admins'): adds or updates its themes, retires every
    /// other theme, and moves a retired theme's labels into the council theme its name maps to (its name becomes an alias,
    /// saved searches are rewritten). Returns false when it was applied before.
    /// </summary>
    public async Task<bool> ApplyTaxonomyAsync(IReadOnlyList<ThemeSeed> seeds, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var first = await conn.ExecuteAsync(new CommandDefinition(
            "INSERT INTO seed_marks (name) VALUES (@mark) ON CONFLICT DO NOTHING", new { mark = TaxonomyMark }, tx, cancellationToken: ct));
        if (first == 0) return false;
        foreach (var s in seeds)
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                INSERT INTO themes (name, category, description, public_name, easy_read_name, public, qdc_labels)
                VALUES (@Name, @Category, @Description, @PublicName, @EasyReadName, @Public, @QdcLabels)
                ON CONFLICT (name) DO UPDATE SET category = excluded.category, description = excluded.description,
                    public_name = excluded.public_name, easy_read_name = excluded.easy_read_name, public = excluded.public,
                    qdc_labels = excluded.qdc_labels, active = true, retired_at = NULL, merged_into = NULL
                """, s, tx, cancellationToken: ct));
        }
        var names = seeds.Select(s => s.Name).ToArray();
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE themes SET active = false, public = false, retired_at = now() WHERE active AND NOT (name = ANY(@names))
            """, new { names }, tx, cancellationToken: ct));
        // A retired theme whose name is a QDC label that trains a council theme is merged into it.
        var merges = (await conn.QueryAsync<(int From, int Into)>(new CommandDefinition("""
            SELECT o.id, n.id FROM themes o JOIN themes n ON n.active AND o.name = ANY(n.qdc_labels)
            WHERE NOT o.active AND o.id <> n.id
            """, transaction: tx, cancellationToken: ct))).ToList();
        foreach (var (from, into) in merges.DistinctBy(m => m.From)) await MoveAsync(conn, tx, from, into, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>QDC label → the active council themes it trains.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> QdcMappingAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Label, string Name)>(new CommandDefinition(
            "SELECT unnest(qdc_labels), name FROM themes WHERE active", cancellationToken: ct));
        return rows.GroupBy(r => r.Label, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Name).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// How many items staff labelled with the theme (its examples), how many of those were confirmed from its "might be
    /// this theme" list, and how many the model put in it.
    /// </summary>
    public async Task<(long Staff, long FromSuggestions, long Model)> LabelCountsAsync(int id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QuerySingleAsync<(long, long, long)>(new CommandDefinition("""
            SELECT count(*) FILTER (WHERE source = 'staff'), count(*) FILTER (WHERE source = 'staff' AND from_suggestions),
                   count(*) FILTER (WHERE source = 'model')
            FROM item_themes WHERE theme_id = @id
            """, new { id }, cancellationToken: ct));
    }

    /// <summary>Staff confirm an item as an example of the theme: a staff label (replacing the model's, if any).</summary>
    public async Task ConfirmExampleAsync(int themeId, long itemId, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO item_themes (item_id, theme_id, source, created_by, from_suggestions)
            SELECT i.id, t.id, 'staff', @userId, true FROM items i JOIN themes t ON t.id = @themeId AND t.active WHERE i.id = @itemId
            ON CONFLICT (item_id, theme_id) DO UPDATE SET source = 'staff', score = NULL, model_version = NULL, created_by = excluded.created_by,
                from_suggestions = item_themes.source = 'model' OR item_themes.from_suggestions;
            DELETE FROM theme_suggestion_rejections WHERE theme_id = @themeId AND item_id = @itemId;
            UPDATE items SET change_seq = change_seq WHERE id = @itemId;
            """, new { themeId, itemId, userId }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Active theme name → the items staff confirmed for it from its "might be this theme" list and that still carry its
    /// staff label. A merge carries the mark with the label.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<long>>> ConfirmedFromSuggestionsAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Name, long ItemId)>(new CommandDefinition("""
            SELECT t.name, it.item_id FROM item_themes it JOIN themes t ON t.id = it.theme_id AND t.active
            WHERE it.source = 'staff' AND it.from_suggestions
            """, cancellationToken: ct));
        return rows.GroupBy(r => r.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<long>)g.Select(r => r.ItemId).ToHashSet(), StringComparer.Ordinal);
    }

    /// <summary>Staff say an item is not the theme: it is not proposed again, and it steers the suggestions away.</summary>
    public async Task RejectExampleAsync(int themeId, long itemId, long? userId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO theme_suggestion_rejections (theme_id, item_id, rejected_by) SELECT @themeId, id, @userId FROM items WHERE id = @itemId
            ON CONFLICT DO NOTHING
            """, new { themeId, itemId, userId }, cancellationToken: ct));
    }

    /// <summary>The embeddings (from <paramref name="model"/>) of the theme's staff examples and of the items staff rejected for it.</summary>
    public async Task<(IReadOnlyList<float[]> Examples, IReadOnlyList<float[]> Rejected)> ExampleVectorsAsync(int themeId, string model, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(bool Rejected, float[] Vector)>(new CommandDefinition("""
            SELECT false, e.vector FROM item_themes it JOIN item_embeddings e ON e.item_id = it.item_id AND e.model = @model
            WHERE it.theme_id = @themeId AND it.source = 'staff'
            UNION ALL
            SELECT true, e.vector FROM theme_suggestion_rejections r JOIN item_embeddings e ON e.item_id = r.item_id AND e.model = @model
            WHERE r.theme_id = @themeId
            """, new { themeId, model }, cancellationToken: ct));
        var list = rows.AsList();
        return (list.Where(r => !r.Rejected).Select(r => r.Vector).ToList(), list.Where(r => r.Rejected).Select(r => r.Vector).ToList());
    }

    /// <summary>
    /// Items that could be proposed for the theme (embedded by <paramref name="model"/>, not labelled with it by staff, not
    /// rejected for it), newest first, at most <paramref name="limit"/>, with their redacted text.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, string Text, float[] Vector)>> CandidatesAsync(int themeId, string model, int limit, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(long, string, float[])>(new CommandDefinition("""
            SELECT i.id, i.redacted_text, e.vector FROM items i JOIN item_embeddings e ON e.item_id = i.id AND e.model = @model
            WHERE NOT EXISTS (SELECT 1 FROM item_themes it WHERE it.item_id = i.id AND it.theme_id = @themeId AND it.source = 'staff')
              AND NOT EXISTS (SELECT 1 FROM theme_suggestion_rejections r WHERE r.item_id = i.id AND r.theme_id = @themeId)
            ORDER BY i.id DESC LIMIT @limit
            """, new { themeId, model, limit }, cancellationToken: ct));
        return rows.AsList();
    }

    /// <summary>Active theme name → how many items staff labelled with it (the examples the next training learns from).</summary>
    public async Task<IReadOnlyDictionary<string, long>> StaffExampleCountsAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string, long)>(new CommandDefinition("""
            SELECT t.name, count(it.item_id) FROM themes t LEFT JOIN item_themes it ON it.theme_id = t.id AND it.source = 'staff'
            WHERE t.active GROUP BY t.name
            """, cancellationToken: ct));
        return rows.ToDictionary(r => r.Item1, r => r.Item2, StringComparer.Ordinal);
    }

    /// <returns>The new theme's id, or null when a theme (or a former name) already has that name.</returns>
    public async Task<int?> AddAsync(string name, string category, string description, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        if (await NameTakenAsync(conn, null, name, null, ct)) return null;
        return await conn.ExecuteScalarAsync<int?>(new CommandDefinition("""
            INSERT INTO themes (name, category, description) VALUES (@name, @category, @description)
            ON CONFLICT DO NOTHING RETURNING id
            """, new { name, category, description }, cancellationToken: ct));
    }

    /// <summary>
    /// Renames and describes a theme. The old name becomes an alias and saved searches are rewritten to the new one; the
    /// theme's items are re-indexed. Returns false when another theme (or a former name of another) has the name.
    /// </summary>
    public async Task<bool> UpdateAsync(int id, string name, string publicName, string easyReadName, string category, string description,
        bool isPublic, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (await NameTakenAsync(conn, tx, name, id, ct)) return false;
        var old = await conn.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT name FROM themes WHERE id = @id FOR UPDATE", new { id }, tx, cancellationToken: ct));
        if (old is null) return false;
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE themes SET name = @name, public_name = @publicName, easy_read_name = @easyReadName, category = @category,
                description = @description, public = @isPublic
            WHERE id = @id
            """, new { id, name, publicName, easyReadName, category, description, isPublic }, tx, cancellationToken: ct));
        if (old != name)
        {
            await conn.ExecuteAsync(new CommandDefinition("DELETE FROM theme_aliases WHERE alias = @name", new { name }, tx, cancellationToken: ct));
            await AliasAsync(conn, tx, old, id, ct);
            await RewriteSavedSearchesAsync(conn, tx, old, name, ct);
        }
        await TouchItemsAsync(conn, tx, id, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Merges one theme into another: labels (model and staff) and rejections move, the source is retired.</summary>
    public async Task<bool> MergeAsync(int from, int into, CancellationToken ct)
    {
        if (from == into) return false;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var both = await conn.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT count(*) FROM themes WHERE id = ANY(@ids) AND (id = @from OR active)", new { ids = new[] { from, into }, from }, tx, cancellationToken: ct));
        if (both != 2) return false;
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE themes SET active = false, public = false, retired_at = now(), merged_into = @into WHERE id = @from;
            UPDATE themes SET qdc_labels = ARRAY(SELECT DISTINCT unnest(qdc_labels || (SELECT qdc_labels FROM themes WHERE id = @from)))
            WHERE id = @into;
            """, new { from, into }, tx, cancellationToken: ct));
        await MoveAsync(conn, tx, from, into, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Retires a theme: kept with its history, no longer predicted, offered or shown to the public.</summary>
    public async Task<bool> RetireAsync(int id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        var n = await conn.ExecuteAsync(new CommandDefinition(
            "UPDATE themes SET active = false, public = false, retired_at = now() WHERE id = @id AND active", new { id }, tx, cancellationToken: ct));
        if (n == 1) await TouchItemsAsync(conn, tx, id, ct);
        await tx.CommitAsync(ct);
        return n == 1;
    }

    private static async Task MoveAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int from, int into, CancellationToken ct)
    {
        var name = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT name FROM themes WHERE id = @from", new { from }, tx, cancellationToken: ct));
        var target = await conn.ExecuteScalarAsync<string>(new CommandDefinition("SELECT name FROM themes WHERE id = @into", new { into }, tx, cancellationToken: ct));
        await TouchItemsAsync(conn, tx, from, ct);
        // A staff label wins over a model label for the same item; an item labelled with both keeps one row.
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE item_themes t SET source = 'staff', created_by = f.created_by, score = NULL,
                from_suggestions = CASE WHEN t.source = 'staff' THEN t.from_suggestions AND f.from_suggestions ELSE f.from_suggestions END
            FROM item_themes f WHERE f.theme_id = @from AND f.source = 'staff' AND t.item_id = f.item_id AND t.theme_id = @into;
            DELETE FROM item_themes f WHERE f.theme_id = @from AND EXISTS (SELECT 1 FROM item_themes t WHERE t.item_id = f.item_id AND t.theme_id = @into);
            UPDATE item_themes SET theme_id = @into WHERE theme_id = @from;
            INSERT INTO theme_suggestion_rejections (theme_id, item_id, rejected_by, created_at)
            SELECT @into, item_id, rejected_by, created_at FROM theme_suggestion_rejections WHERE theme_id = @from ON CONFLICT DO NOTHING;
            UPDATE theme_aliases SET theme_id = @into WHERE theme_id = @from;
            UPDATE themes SET merged_into = @into WHERE id = @from;
            """, new { from, into }, tx, cancellationToken: ct));
        await AliasAsync(conn, tx, name!, into, ct);
        await RewriteSavedSearchesAsync(conn, tx, name!, target!, ct);
    }

    private static Task AliasAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string alias, int themeId, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition("""
            INSERT INTO theme_aliases (alias, theme_id) VALUES (@alias, @themeId)
            ON CONFLICT (alias) DO UPDATE SET theme_id = excluded.theme_id
            """, new { alias, themeId }, tx, cancellationToken: ct));

    /// <summary>Saved searches name themes in their filters (JSON) and in their query text (<c>theme:"Name"</c>).</summary>
    private static async Task RewriteSavedSearchesAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string old, string name, CancellationToken ct)
    {
        await conn.ExecuteAsync(new CommandDefinition("""
            UPDATE saved_searches
            SET filters = jsonb_set(filters, '{themes}', (SELECT coalesce(jsonb_agg(DISTINCT CASE WHEN v = @old THEN @name ELSE v END), '[]'::jsonb)
                                                         FROM jsonb_array_elements_text(filters -> 'themes') v))
            WHERE jsonb_typeof(filters -> 'themes') = 'array' AND filters -> 'themes' ? @old
            """, new { old, name }, tx, cancellationToken: ct));
        var typed = new Regex("theme:\"" + Regex.Escape(old) + "\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var queries = await conn.QueryAsync<(long Id, string Query)>(new CommandDefinition(
            "SELECT id, query FROM saved_searches WHERE strpos(lower(query), lower(@typed)) > 0", new { typed = "theme:\"" + old + "\"" },
            tx, cancellationToken: ct));
        foreach (var (id, query) in queries)
        {
            await conn.ExecuteAsync(new CommandDefinition("UPDATE saved_searches SET query = @query WHERE id = @id",
                new { id, query = typed.Replace(query, _ => "theme:\"" + name + "\"") }, tx, cancellationToken: ct));
        }
    }

    private static Task TouchItemsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, int themeId, CancellationToken ct) =>
        conn.ExecuteAsync(new CommandDefinition(
            "UPDATE items SET change_seq = change_seq WHERE id IN (SELECT item_id FROM item_themes WHERE theme_id = @themeId)",
            new { themeId }, tx, cancellationToken: ct));

    private static async Task<bool> NameTakenAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string name, int? exceptId, CancellationToken ct) =>
        await conn.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM themes WHERE lower(name) = lower(@name) AND id IS DISTINCT FROM @exceptId)
                OR EXISTS (SELECT 1 FROM theme_aliases WHERE lower(alias) = lower(@name) AND theme_id IS DISTINCT FROM @exceptId)
            """, new { name, exceptId }, tx, cancellationToken: ct));
}
