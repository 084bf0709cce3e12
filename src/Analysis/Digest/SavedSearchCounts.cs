namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Saved searches with their new matches in a week, counted on the search index by the caller (the web app or the
/// CLI, which hold Search; Analysis does not). <see cref="Note"/> says why they could not be counted, when so.
/// </summary>
public sealed record SavedSearchCounts(IReadOnlyList<DigestContent.SavedSearchNews> Searches, string? Note)
{
    public static readonly SavedSearchCounts None = new([], "Saved searches were not counted.");
}
