using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.TestCommon;

namespace VoiceHub.Web.Tests.Projects;

/// <summary>Feedback items written straight into a running app's database (<see cref="TestItems"/>), projects and actions, for page tests.</summary>
internal static class WebData
{
    public static async Task<(long Id, string Reference)> AddItemAsync(VoiceHubApp app, string text, string? locality = null)
    {
        var items = new TestItems(app.Get<NpgsqlDataSource>());
        var id = (await items.AddAsync(1, locality: locality, text: text))[0];
        return (id, await items.ReferenceAsync(id));
    }

    public static Task ThemeAsync(VoiceHubApp app, long itemId, string theme) => new TestItems(app.Get<NpgsqlDataSource>()).ThemeAsync(theme, [itemId]);

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
