namespace VoiceHub.Search.Meaning;

/// <summary>
/// Which items sharpen the query's vector before its meaning hits are found (pseudo-relevance feedback, Rocchio in
/// embedding space: the query moves toward the mean of their vectors by <see cref="MeaningSearch.FeedbackWeight"/>).
/// </summary>
/// <example>
/// "no one rings back" with <see cref="Words"/>: the feedback with those words (best BM25 first) tells which of the
/// phrase's meanings staff mean (calls not returned, not phones ringing), and the meaning hits are then the nearest to
/// query + weight × mean(those items' vectors), normalised.
/// </example>
public enum MeaningFeedback
{
    /// <summary>The query's own vector.</summary>
    None,

    /// <summary>The top word matches, when the words find some that are embedded; otherwise the query's own vector.</summary>
    Words,

    /// <summary>The query's own nearest items (classic pseudo-relevance feedback, no words involved).</summary>
    Meaning,

    /// <summary>The top word matches when there are any, else the query's own nearest items.</summary>
    WordsElseMeaning,
}
