using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;
using VoiceHub.Search;
using VoiceHub.Search.SavedSearches;

namespace VoiceHub.Web.Digests;

/// <summary>Counts every saved search's new matches in a week on this node's index, for the digest.</summary>
public sealed class DigestSavedSearches(SavedSearchMatches matches, IndexHolder index)
{
    public async Task<SavedSearchCounts> CountAsync(IsoWeek week, CancellationToken ct)
    {
        if (index.Current.Rebuilding) return new SavedSearchCounts([], "Saved searches were not counted: the search index was being rebuilt.");
        try
        {
            var all = await matches.CountAllNewInWeekAsync(week.Year, week.Week, ct);
            return new SavedSearchCounts(all.Select(a => new DigestContent.SavedSearchNews(a.Search.Id, a.Search.Name, a.NewMatches)).ToList(), null);
        }
        catch (IndexNotReadyException)
        {
            return new SavedSearchCounts([], "Saved searches were not counted: the search index was not ready.");
        }
    }
}
