using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>Feedback items written straight into a running app's database through the real ItemStore, for page tests.</summary>
internal static class WebData
{
    public static async Task<(long Id, string Reference)> AddItemAsync(VoiceHubApp app, string text, string? locality = null)
    {
        var db = app.Get<NpgsqlDataSource>();
        var tag = Guid.NewGuid().ToString("N");
        var (docId, _) = await app.Get<DocumentStore>().SaveAsync("survey", $"{tag}.csv", "text/csv", Encoding.UTF8.GetBytes(tag), "{}", null, CancellationToken.None);
        int? localityId = locality is null ? null : (await app.Get<LocalityStore>().ListAsync(CancellationToken.None)).Single(l => l.Name == locality).Id;
        await using var conn = await db.OpenConnectionAsync();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await ItemStore.InsertAsync(conn, tx, docId, [new NewItem
            {
                Channel = "survey",
                LocalityId = localityId,
                RawText = text,
                RedactedText = text,
                Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes(tag)),
            }], CancellationToken.None);
            await tx.CommitAsync();
        }
        return await conn.QuerySingleAsync<(long, string)>("SELECT id, reference FROM items WHERE document_id = @docId", new { docId });
    }

    public static async Task ThemeAsync(VoiceHubApp app, long itemId, string theme)
    {
        await using var conn = await app.Get<NpgsqlDataSource>().OpenConnectionAsync();
        await conn.ExecuteAsync("""
            INSERT INTO item_themes (item_id, theme_id, source, model_version) SELECT @itemId, id, 'model', 'test' FROM themes WHERE name = @theme
            """, new { itemId, theme });
    }

    public static ProjectInput Project(string title, bool published = true) => new()
    {
        Title = title, Aims = "Make short breaks easier to book.", Status = ProjectStatus.Recruiting, Type = "co-design", Rung = "co-production",
        StaffChair = "Sam Staff", LivedChair = "Lee Lived", Published = published,
    };

    public static ActionInput Action(string weWill, long? projectId = null, bool published = true) => new()
    {
        ProjectId = projectId, Status = ActionStatus.Planned, YouSaid = "Booking respite takes too long.", WeWill = weWill,
        Owner = "Head of commissioning", DueOn = new DateOnly(2026, 6, 30), Published = published,
    };
}
