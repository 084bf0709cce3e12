using System.Globalization;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Search.Queries;

namespace VoiceHub.Search.SavedSearches;

/// <summary>
/// How many new items match a saved search in a week: items VoiceHub received in that ISO week (Monday 00:00 to
/// Monday 00:00, Europe/London) that the saved query and filters find, whenever the feedback itself was given. The
/// weekly digest calls this; it runs on this node's index, which follows PostgreSQL.
/// </summary>
/// <example>
/// ISO week 2026-W01 runs from Monday 29 December 2025 to Sunday 4 January 2026: an item received on 30 December 2025
/// counts in 2026-W01, not in any week of 2025.
/// </example>
public sealed class SavedSearchMatches(SearchService search, SavedSearchStore store)
{
    public int CountNewInWeek(SavedSearch saved, int isoYear, int isoWeek)
    {
        var (from, before) = Week(isoYear, isoWeek);
        return search.Count(SearchRequest.FromSaved(saved.Query, saved.Filters) with { ReceivedFrom = from, ReceivedBefore = before });
    }

    /// <summary>Every active user's saved searches with their new matches in the week.</summary>
    public async Task<IReadOnlyList<(SavedSearch Search, int NewMatches)>> CountAllNewInWeekAsync(int isoYear, int isoWeek, CancellationToken ct)
    {
        var all = await store.ListAllAsync(ct);
        return all.Select(s => (s, CountNewInWeek(s, isoYear, isoWeek))).ToList();
    }

    /// <summary>The ISO week's start and the next week's start, as instants (British Summer Time applied).</summary>
    public static (DateTimeOffset From, DateTimeOffset Before) Week(int isoYear, int isoWeek)
    {
        if (isoWeek < 1 || isoWeek > ISOWeek.GetWeeksInYear(isoYear))
        {
            throw new ArgumentOutOfRangeException(nameof(isoWeek), $"{isoYear} has no ISO week {isoWeek}.");
        }
        var monday = new IsoWeek(isoYear, isoWeek).Monday;
        return (LondonTime.StartOf(monday), LondonTime.StartOf(monday.AddDays(7)));
    }
}
