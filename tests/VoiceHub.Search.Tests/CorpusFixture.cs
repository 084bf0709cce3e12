using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Core.Seeds;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Search.Tests;

/// <summary>
/// The judged corpus (see <c>Relevance/README.md</c>): 300 labelled seed comments and the adult-social-care comments
/// written for the tests, stored with themes, sentiment, localities, channels and service areas, and indexed. Shared by
/// a test class; tests only read it.
/// </summary>
public sealed class CorpusFixture(PostgresCluster cluster) : IAsyncLifetime
{
    public const int SeedRows = 300;

    public SearchFixture F { get; private set; } = null!;
    public Dictionary<string, long> Ids { get; } = [];
    public Dictionary<long, string> Keys { get; } = [];

    public static string RelevanceFile(string name) => Path.Combine(AppContext.BaseDirectory, "Relevance", name);

    public async ValueTask InitializeAsync()
    {
        F = await SearchFixture.CreateAsync(cluster);
        var localities = (await F.Db.Localities.ListAsync(CancellationToken.None)).OrderBy(l => l.Name, StringComparer.Ordinal).ToList();
        var rows = new List<Row>();
        foreach (var r in SeedLoader.ReadTable(Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv")).Take(SeedRows))
        {
            var key = r["id"];
            rows.Add(new Row(key, r["text"], r.GetValueOrDefault("question"), DateOnly.Parse(r["date"], CultureInfo.InvariantCulture),
                localities[Math.Abs(Stable(key)) % localities.Count].Name, "survey",
                short.TryParse(r["sentiment"], out var s) ? s : null, Split(r["labels"]), []));
        }
        foreach (var r in SeedLoader.ReadTable(RelevanceFile("asc-feedback.csv")))
        {
            rows.Add(new Row(r["key"], r["text"], null, DateOnly.Parse(r["date"], CultureInfo.InvariantCulture), r["locality"], r["channel"],
                short.Parse(r["sentiment"], CultureInfo.InvariantCulture), Split(r["themes"]), Split(r["service_areas"])));
        }

        var (documentId, _) = await F.Db.Documents.SaveAsync("survey", "corpus.csv", "text/csv", Encoding.UTF8.GetBytes("judged corpus"), "{}", null, CancellationToken.None);
        await using var conn = await F.Db.DataSource.OpenConnectionAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var items = rows.Select(r => new NewItem
            {
                Channel = r.Channel,
                LocalityId = localities.Single(l => l.Name == r.Locality).Id,
                OccurredOn = r.Date,
                RawText = r.Text,
                RedactedText = r.Text,
                Context = r.Question,
                Metadata = JsonSerializer.Serialize(new { key = r.Key }),
                Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes(r.Key)),
            }).ToList();
            await ItemStore.InsertAsync(conn, tx, documentId, items, CancellationToken.None);
            await tx.CommitAsync();
        }
        foreach (var (id, key) in await conn.QueryAsync<(long, string)>("SELECT id, metadata->>'key' FROM items"))
        {
            Ids[key] = id;
            Keys[id] = key;
        }

        foreach (var area in rows.SelectMany(r => r.Areas).Distinct())
        {
            await conn.ExecuteAsync("INSERT INTO service_areas (name) VALUES (@area) ON CONFLICT (name) DO NOTHING", new { area });
        }
        foreach (var r in rows)
        {
            var id = Ids[r.Key];
            await conn.ExecuteAsync("""
                INSERT INTO item_themes (item_id, theme_id, source) SELECT @id, t.id, 'model' FROM themes t WHERE t.name = ANY(@themes);
                INSERT INTO item_service_areas (item_id, service_area_id, source) SELECT @id, a.id, 'lexicon' FROM service_areas a WHERE a.name = ANY(@areas);
                UPDATE items SET sentiment = @sentiment WHERE id = @id;
                """, new { id, themes = r.Themes, areas = r.Areas, sentiment = r.Sentiment });
        }
        await F.Sync.CatchUpAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => F.DisposeAsync();

    private static string[] Split(string? list) => (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A hash that is the same on every run (string.GetHashCode is not).</summary>
    private static int Stable(string s) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    private sealed record Row(string Key, string Text, string? Question, DateOnly Date, string Locality, string Channel, short? Sentiment, string[] Themes, string[] Areas);
}
