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
        var items = new TestItems(App.Get<NpgsqlDataSource>(), fileName: "weeks.csv");
        int[] pattern = [3, 4, 5, 4, 3, 5, 4];
        for (var i = 26; i >= 0; i--)
        {
            var (count, text) = i == 0 ? (16, "I do not feel safe walking home from the bus stop at night.") : (pattern[i % 7], "The carers are kind and always on time.");
            await items.AddAsync(count, on: Week.AddWeeks(-i).Monday.AddDays(i % 7), locality: "Grays", theme: Theme, text: text);
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
