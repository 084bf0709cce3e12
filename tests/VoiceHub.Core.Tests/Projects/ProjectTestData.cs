using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Projects;

/// <summary>Items, themes and users for the project and action tests (items by <see cref="TestItems"/>, users through the real store).</summary>
internal static class ProjectTestData
{
    public static Task<long[]> AddItemsAsync(TestDatabase db, int count, string? locality = null, DateOnly? occurredOn = null) =>
        new TestItems(db.DataSource).AddAsync(count, on: occurredOn, locality: locality);

    /// <summary>Themes an item as the classifier would (the themes work writes item_themes).</summary>
    public static async Task<int> ThemeAsync(TestDatabase db, string theme, params long[] itemIds)
    {
        await new TestItems(db.DataSource).ThemeAsync(theme, itemIds);
        return (await db.Themes.ListAsync(CancellationToken.None)).Single(t => t.Name == theme).Id;
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
