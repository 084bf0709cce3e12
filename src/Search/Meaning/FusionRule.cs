namespace VoiceHub.Search.Meaning;

/// <summary>
/// How the words' BM25 ranking and the meaning ranking are put into one order (the set listed is the same under every
/// rule: word matches ∪ meaning hits, past the filters). Chosen on the relevance bench (bench/README.md).
/// </summary>
public enum FusionRule
{
    /// <summary>Reciprocal rank: 1/(k + words rank) + w/(k + meaning rank).</summary>
    ReciprocalRank,

    /// <summary>
    /// Scores: (1 − α) · BM25 / best BM25 + α · (cosine − lowest) / (best − lowest), over the hits of this search; a
    /// word match outside the meaning list counts as the lowest cosine listed, a meaning hit without the words as BM25 0.
    /// </summary>
    Scores,

    /// <summary>
    /// As <see cref="Scores"/>, but a meaning hit without all the words scores the BM25 of those it has (any of the words):
    /// the words re-rank the meaning list, not only their own matches. The set listed is still words ∪ meaning hits.
    /// </summary>
    AnyWordScores,

    /// <summary>The meaning order (cosine), with items that have all the words lifted by a fixed amount of cosine.</summary>
    MeaningLift,
}
