using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Search.Queries;
using VoiceHub.Search.SavedSearches;
using VoiceHub.TestCommon;
using System.Globalization;

namespace VoiceHub.Search.Tests;

public sealed class SavedSearchTests(PostgresCluster cluster)
{
    [Fact]
    public async Task CountNewInWeek_OnlyMatchingItemsReceivedThatWeekCount()
    {
        await using var f = await SearchFixture.CreateAsync(cluster, "survey.csv");
        var store = new SavedSearchStore(f.Db.DataSource);
        var userId = (await f.Db.Users.CreateAsync("c@council.example", "Commissioner", null, Roles.Staff, false, CancellationToken.None))!.Value;
        var id = (await store.CreateAsync(userId, "Staff in Grays", "staff", new SearchFilters { Localities = ["Grays"] }, CancellationToken.None))!.Value;
        Assert.Null(await store.CreateAsync(userId, "STAFF IN GRAYS", "", new SearchFilters(), CancellationToken.None)); // names are unique per person

        await f.Sync.CatchUpAsync(CancellationToken.None);
        var matching = f.Search.Search(new SearchRequest { Query = "staff", Localities = ["Grays"] }).Hits.Select(h => h.Id).ToList();
        var other = f.Search.Search(new SearchRequest { Query = "staff", Localities = ["Tilbury and Chadwell"] }).Hits.Select(h => h.Id).ToList();
        Assert.True(matching.Count >= 2 && other.Count >= 1);

        // Week 10 of 2025 is Monday 3 March to Sunday 9 March (GMT). Two matching items arrive in it (one at its very
        // start, one at its very end), one matching item the minute after, and an item that does not match.
        await using (var conn = await f.Db.DataSource.OpenConnectionAsync())
        {
            await conn.ExecuteAsync("UPDATE items SET received_at = '2025-03-03 00:00:00+00' WHERE id = @id", new { id = matching[0] });
            await conn.ExecuteAsync("UPDATE items SET received_at = '2025-03-09 23:59:59+00' WHERE id = @id", new { id = matching[1] });
            if (matching.Count > 2) await conn.ExecuteAsync("UPDATE items SET received_at = '2025-03-10 00:00:01+00' WHERE id = @id", new { id = matching[2] });
            await conn.ExecuteAsync("UPDATE items SET received_at = '2025-03-05 12:00:00+00' WHERE id = @id", new { id = other[0] });
        }
        await f.Sync.CatchUpAsync(CancellationToken.None);

        var counter = new SavedSearchMatches(f.Search, store);
        var saved = (await store.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(["Grays"], saved.Filters.Localities);
        Assert.Equal(2, counter.CountNewInWeek(saved, 2025, 10));
        Assert.Equal(matching.Count > 2 ? 1 : 0, counter.CountNewInWeek(saved, 2025, 11));
        Assert.Equal(0, counter.CountNewInWeek(saved, 2025, 9));
        var all = await counter.CountAllNewInWeekAsync(2025, 10, CancellationToken.None);
        Assert.Equal(2, all.Single().NewMatches);
    }

    [Theory]
    [InlineData(2026, 1, "2025-12-29T00:00:00+00:00", "2026-01-05T00:00:00+00:00")] // ISO week 1 starts in December
    [InlineData(2026, 14, "2026-03-30T00:00:00+01:00", "2026-04-06T00:00:00+01:00")] // British Summer Time
    [InlineData(2026, 13, "2026-03-23T00:00:00+00:00", "2026-03-30T00:00:00+01:00")] // the clocks go forward that Sunday
    public void Week_IsoWeekInLondon(int year, int week, string from, string before)
    {
        var (f, b) = SavedSearchMatches.Week(year, week);
        Assert.Equal(DateTimeOffset.Parse(from, CultureInfo.InvariantCulture), f);
        Assert.Equal(DateTimeOffset.Parse(before, CultureInfo.InvariantCulture), b);
        Assert.Equal(DateTimeOffset.Parse(from, CultureInfo.InvariantCulture).Offset, f.Offset);
    }

    [Fact]
    public void Week_ThatDoesNotExist_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => SavedSearchMatches.Week(2026, 54));
}
