using System.Collections.Concurrent;

namespace VoiceHub.Search.Meaning;

/// <summary>
/// The meaning side of search: a typed query's nearest items by sentence embedding, above a similarity floor, from this
/// node's <see cref="VectorIndex"/> (no database round trip). Off when no embedder is registered or no vectors are held.
/// </summary>
/// <remarks>
/// The figures below were chosen on the relevance bench's tuning half (<c>voicehub bench relevance</c>, bench/README.md)
/// and checked on its held-out half.
/// </remarks>
public sealed class MeaningSearch(VectorIndex vectors, IQueryEmbedder? embedder = null)
{
    /// <summary>Most meaning hits a search takes before filters (the rest of a long list comes from the words).</summary>
    public const int Candidates = 100;

    /// <summary>
    /// Cosine below which an item is not taken to mean the query, past its nearest <see cref="Kept"/>: a rare word's
    /// loose matches sit below it (0.55: the relevance bench's choice, issue 17; for a word found in 2 or 3 comments,
    /// 0.50 listed 95 meaning hits, 0.55 listed 65).
    /// </summary>
    public float Floor { get; init; } = 0.55f;

    /// <summary>How the two rankings are fused (<see cref="FusionRule"/>).</summary>
    public FusionRule Fusion { get; init; } = FusionRule.Scores;

    /// <summary><see cref="FusionRule.Scores"/>: the share α of the (min-max normalised) cosine beside BM25's 1 − α.</summary>
    public float MeaningShare { get; init; } = 0.5f;

    /// <summary><see cref="FusionRule.MeaningLift"/>: cosine added to an item that has all the words.</summary>
    public float WordLift { get; init; } = 0.05f;

    /// <summary>Reciprocal rank fusion's k: 1/(k + rank) from each list (5: the relevance bench's choice; 20 scored 0.001 less).</summary>
    public int FusionK { get; init; } = 5;

    /// <summary>Weight of the meaning list's reciprocal rank beside the words' (1).</summary>
    public float MeaningWeight { get; init; } = 1.0f;

    /// <summary>
    /// The best cosine a query none of whose words the index knows must reach to be searched by meaning; above 1, never.
    /// Gibberish ("xqzv blorp") still has nearest items, but less near than a real query whose words the feedback happens
    /// not to use ("television in the lounge", best 0.61–0.63): on the relevance bench 17 gibberish and off-topic queries
    /// ("zebra", "quantum chromodynamics") have their best at 0.47–0.58, real queries a median best of 0.62
    /// (bench/README.md). 0.60 is the highest bar tried; 0.56 and 0.58 scored no better.
    /// </summary>
    public float UnknownWordsBar { get; init; } = 0.60f;

    /// <summary>
    /// The nearest this many meaning hits need only reach <see cref="KeptFloor"/>, the rest <see cref="Floor"/>; 0: off.
    /// A query whose nearest items sit just under the floor still lists its best few, while a rare word's long tail of
    /// loose matches stays cut at the floor. For example with floor 0.55, 10 kept down to 0.45: a query whose nearest
    /// are 0.58, 0.56, 0.54 … lists its 10 nearest down to 0.45 and, past them, only items at 0.55 or more (none here).
    /// </summary>
    public int Kept { get; init; } = 10;

    /// <summary>The floor for the nearest <see cref="Kept"/> meaning hits.</summary>
    public float KeptFloor { get; init; } = 0.45f;

    /// <summary>The lowest cosine any meaning hit may have: the nearest items are fetched down to it.</summary>
    public float LowestFloor => Kept > 0 ? Math.Min(Floor, KeptFloor) : Floor;

    /// <summary>
    /// How the feedback that has the words sets the bar for meaning hits (see SearchService). None: with the floor at 0.55
    /// the median calibration cost 0.03 nDCG@10 on the relevance bench's tuning half and bought almost no precision on rare
    /// words (0.324 of the first 10 meaning hits on topic, against 0.319).
    /// </summary>
    public MeaningCalibration Calibration { get; init; } = MeaningCalibration.None;

    /// <summary>
    /// Which items sharpen the query's vector before the meaning hits are found (<see cref="MeaningFeedback"/>). Off: on
    /// the relevance bench's tuning half feedback from the words cost 0.003–0.03 nDCG@10 and from the query's own nearest
    /// items more, though the words' feedback makes rare-word meaning hits more on topic (bench/README.md).
    /// </summary>
    public MeaningFeedback Feedback { get; init; } = MeaningFeedback.None;

    /// <summary>How far the query moves toward the feedback items' mean vector: query + weight × mean, normalised.</summary>
    public float FeedbackWeight { get; init; } = 0.5f;

    /// <summary>How many items (best first) give feedback.</summary>
    public int FeedbackHits { get; init; } = 5;

    /// <summary>
    /// Queries of at most this many words are embedded twice, as typed and as "feedback about …", and the two vectors
    /// averaged (a two-word query alone is a poor sentence for a model trained on sentences); 0 for off, as it cost
    /// 0.009 nDCG@10 on the relevance bench's tuning half (bench/README.md).
    /// </summary>
    public int ExpandUpToWords { get; init; }

    /// <summary>Items at or above this cosine to an item are near-duplicates of it, not "similar feedback".</summary>
    public const float NearDuplicate = 0.95f;

    private readonly ConcurrentDictionary<string, float[]> _queries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Query, int K, float Floor), (long Version, IReadOnlyList<(long Id, float Similarity)> Nearest)> _nearest = new();

    public VectorIndex Vectors => vectors;

    public bool Enabled => embedder is not null && vectors.Count > 0 && vectors.Model == embedder.ModelId;

    /// <summary>
    /// The items nearest in meaning to <paramref name="query"/> down to <see cref="LowestFloor"/> unless told, best first;
    /// empty when off. Kept until the vectors change (<see cref="VectorIndex.Version"/>): the same words searched again
    /// with a filter, another page or a saved search's count do not scan the vectors again.
    /// </summary>
    public IReadOnlyList<(long Id, float Similarity)> Nearest(string query, int k = Candidates, float? floor = null)
    {
        if (!Enabled) return [];
        var key = (query.Trim().ToLowerInvariant(), k, floor ?? LowestFloor);
        var version = vectors.Version;
        if (_nearest.TryGetValue(key, out var kept) && kept.Version == version) return kept.Nearest;
        var found = vectors.Nearest(QueryVector(query), k, key.Item3);
        if (_nearest.Count >= 2000) _nearest.Clear();
        _nearest[key] = (version, found);
        return found;
    }

    /// <summary>
    /// The query's vector moved toward the mean of <paramref name="feedback"/>'s vectors (those that have one) by
    /// <see cref="FeedbackWeight"/>, normalised; null when off or none of them has a vector.
    /// </summary>
    public float[]? Sharpened(string query, IEnumerable<long> feedback)
    {
        if (!Enabled) return null;
        var mean = new float[vectors.Dimensions];
        var n = 0;
        foreach (var id in feedback)
        {
            if (vectors.VectorOf(id) is not { } v) continue;
            for (var i = 0; i < mean.Length; i++) mean[i] += v[i];
            n++;
        }
        if (n == 0) return null;
        var q = QueryVector(query);
        var sharpened = new float[q.Length];
        double norm = 0;
        for (var i = 0; i < q.Length; i++)
        {
            sharpened[i] = q[i] + FeedbackWeight * mean[i] / n;
            norm += sharpened[i] * (double)sharpened[i];
        }
        var scale = (float)(1 / Math.Sqrt(norm));
        for (var i = 0; i < sharpened.Length; i++) sharpened[i] *= scale;
        return sharpened;
    }

    /// <summary>
    /// The items nearest to a sharpened query vector (<see cref="Sharpened"/>) at or above the floor, best first; kept,
    /// like <see cref="Nearest(string, int, float?)"/>, under <paramref name="key"/> until the vectors change.
    /// </summary>
    public IReadOnlyList<(long Id, float Similarity)> Nearest(string key, float[] vector, int k = Candidates, float? floor = null)
    {
        var cacheKey = (key, k, floor ?? LowestFloor);
        var version = vectors.Version;
        if (_nearest.TryGetValue(cacheKey, out var kept) && kept.Version == version) return kept.Nearest;
        var found = vectors.Nearest(vector, k, cacheKey.Item3);
        if (_nearest.Count >= 2000) _nearest.Clear();
        _nearest[cacheKey] = (version, found);
        return found;
    }

    /// <summary>Cosine between the query and the item's vector; null when the item has none.</summary>
    public float? SimilarityTo(string query, long itemId) => Enabled ? SimilarityTo(QueryVector(query), itemId) : null;

    /// <summary>Cosine between a query vector and the item's vector; null when the item has none.</summary>
    public float? SimilarityTo(float[] q, long itemId)
    {
        if (vectors.VectorOf(itemId) is not { } v) return null;
        var dot = 0f;
        for (var i = 0; i < v.Length; i++) dot += q[i] * v[i];
        return dot;
    }

    /// <summary>Items nearest to the item <paramref name="itemId"/>, without itself or its near-duplicates; null when it has no vector.</summary>
    public IReadOnlyList<(long Id, float Similarity)>? NearestTo(long itemId, int k)
    {
        if (vectors.VectorOf(itemId) is not { } own) return null;
        return vectors.Nearest(own, k * 3 + 10, 0f)
            .Where(n => n.Id != itemId && n.Similarity < NearDuplicate)
            .Take(k)
            .ToList();
    }

    /// <summary>Query vectors are kept (a saved search is counted again and again); the cache is simply emptied when full.</summary>
    private float[] QueryVector(string query)
    {
        var key = query.Trim().ToLowerInvariant();
        if (_queries.TryGetValue(key, out var cached)) return cached;
        var vector = embedder!.Embed(key);
        if (ExpandUpToWords > 0 && key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ExpandUpToWords)
        {
            var about = embedder.Embed("feedback about " + key);
            var mean = new float[vector.Length];
            double norm = 0;
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] = vector[i] + about[i];
                norm += mean[i] * (double)mean[i];
            }
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < mean.Length; i++) mean[i] *= scale;
            vector = mean;
        }
        if (_queries.Count >= 2000) _queries.Clear();
        _queries[key] = vector;
        return vector;
    }
}
