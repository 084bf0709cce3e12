using Dapper;
using Npgsql;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Digests;

/// <summary>
/// One running app with 27 weeks of feedback written into its database: an ordinary 3–5 comments a week about feeling
/// safe in Grays, then 16 in <see cref="Week"/>; and that week's digest built as the Monday job builds it.
/// </summary>
public sealed class DigestAppFixture(PostgresCluster cluster) : IAsyncLifetime
{
    public static readonly IsoWeek Week = IsoWeek.Parse("2026-W20");
    public const string Theme = "Feeling safe";

    public VoiceHubApp App { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public string StaffEmail { get; private set; } = "";
    public string FlagId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        App = await VoiceHubApp.StartAsync(cluster);
        StaffEmail = await App.CreateUserAsync(Roles.Staff);
        Staff = await App.SignedInClientAsync(StaffEmail);
        await using (var conn = await App.Get<NpgsqlDataSource>().OpenConnectionAsync())
        {
            var document = await conn.ExecuteScalarAsync<long>("""
                INSERT INTO documents (channel, file_name, content_type, sha256, bytes, size_bytes, status)
                VALUES ('survey', 'weeks.csv', 'text/csv', md5(random()::text), '\x00', 1, 'ingested') RETURNING id
                """);
            int[] pattern = [3, 4, 5, 4, 3, 5, 4];
            for (var i = 26; i >= 0; i--)
            {
                var (count, text) = i == 0 ? (16, "I do not feel safe walking home from the bus stop at night.") : (pattern[i % 7], "The carers are kind and always on time.");
                await conn.ExecuteAsync("""
                    WITH added AS (
                        INSERT INTO items (document_id, channel, locality_id, occurred_on, raw_text, redacted_text, reference, fingerprint)
                        SELECT @document, 'survey', (SELECT id FROM localities WHERE name = 'Grays'), @on, @text, @text,
                               upper(substr(md5(random()::text || g), 1, 12)), decode(md5(random()::text || clock_timestamp()::text || g), 'hex')
                        FROM generate_series(1, @count) g RETURNING id)
                    INSERT INTO item_themes (item_id, theme_id, score, source, model_version)
                    SELECT id, (SELECT id FROM themes WHERE name = @theme), 1, 'model', 'test' FROM added
                    """, new { document, on = Week.AddWeeks(-i).Monday.AddDays(i % 7), text, count, theme = Theme });
            }
        }
        await App.Get<DigestBuilder>().BuildAsync(Week, "Monday schedule", onlyIfNone: true, _ => Task.FromResult(new SavedSearchCounts([], null)), CancellationToken.None);
        FlagId = (await App.Get<EmergingFlagStore>().ListForWeekAsync(Week.ToString(), CancellationToken.None)).Single(f => f.Kind == SeriesKinds.ThemeLocality).Id;
    }

    public async ValueTask DisposeAsync()
    {
        Staff.Dispose();
        await App.DisposeAsync();
    }
}
