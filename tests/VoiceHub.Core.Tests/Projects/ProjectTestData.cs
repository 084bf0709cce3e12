using System.Security.Cryptography;
using System.Text;
using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Projects;

/// <summary>Items, themes and users for the project and action tests, written through the real stores.</summary>
internal static class ProjectTestData
{
    public static async Task<long[]> AddItemsAsync(TestDatabase db, int count, string? locality = null, DateOnly? occurredOn = null)
    {
        var tag = Guid.NewGuid().ToString("N");
        int? localityId = locality is null ? null : (await db.Localities.ListAsync(CancellationToken.None)).Single(l => l.Name == locality).Id;
        var (docId, _) = await db.Documents.SaveAsync("survey", $"{tag}.csv", "text/csv", Encoding.UTF8.GetBytes(tag), "{}", null, CancellationToken.None);
        var items = Enumerable.Range(0, count).Select(i => new NewItem
        {
            Channel = "survey",
            LocalityId = localityId,
            OccurredOn = occurredOn,
            RawText = $"item {i} of {tag}",
            RedactedText = $"item {i} of {tag}",
            RowNo = i + 2,
            Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes($"{tag}/{i}")),
        }).ToList();
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await ItemStore.InsertAsync(conn, tx, docId, items, CancellationToken.None);
        await tx.CommitAsync();
        return (await conn.QueryAsync<long>("SELECT id FROM items WHERE document_id = @docId ORDER BY id", new { docId })).ToArray();
    }

    /// <summary>Themes an item as the classifier would (the themes work writes item_themes).</summary>
    public static async Task<int> ThemeAsync(TestDatabase db, string theme, params long[] itemIds)
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        var themeId = await conn.ExecuteScalarAsync<int>("SELECT id FROM themes WHERE name = @theme", new { theme });
        await conn.ExecuteAsync("""
            INSERT INTO item_themes (item_id, theme_id, score, source, model_version) SELECT unnest(@itemIds), @themeId, 0.9, 'model', 'test'
            """, new { itemIds, themeId });
        return themeId;
    }

    public static async Task<long> UserAsync(TestDatabase db, string name = "Pat Lead", string role = Roles.Staff) =>
        (await db.Users.CreateAsync($"{Guid.NewGuid():N}@council.example", name, null, role, false, CancellationToken.None))!.Value;

    public static ProjectInput Project(string title = "Better respite", bool published = true) => new()
    {
        Title = title,
        Aims = "Make short breaks easier to book.",
        Status = ProjectStatus.Active,
        Type = "co-design",
        Rung = "co-production",
        StaffChair = "Sam Staff",
        LivedChair = "Lee Lived",
        StartsOn = new DateOnly(2026, 1, 5),
        EndsOn = new DateOnly(2026, 12, 18),
        Published = published,
    };

    public static ActionInput Action(long? projectId = null, string status = ActionStatus.Planned, bool published = true) => new()
    {
        ProjectId = projectId,
        Status = status,
        YouSaid = "Booking respite takes too long.",
        WeWill = "Let people book respite online.",
        Owner = "Head of commissioning",
        DueOn = new DateOnly(2026, 6, 30),
        Published = published,
    };
}
