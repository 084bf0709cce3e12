using System.Diagnostics;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core;
using VoiceHub.Core.Stores;
using VoiceHub.Search.Meaning;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// The meaning side of <c>bench search</c>. The bench's items are one real comment plus, half the time, a sentence of
/// another, so each item's vector is composed, not embedded: every distinct sentence is embedded once (arctic-embed-xs
/// int8; kept between runs by <see cref="SentenceVectorCache"/>), and an item's vector is the normalised sum of its sentences' vectors. They are stored in
/// <c>item_embeddings</c> by the store's binary COPY, then loaded as a node loads them at start (<see cref="VectorFollower"/>).
/// </summary>
public static partial class HybridBench
{
    /// <param name="Embedded">How many of <paramref name="Sentences"/> were embedded in this run (the rest came from <see cref="SentenceVectorCache"/>).</param>
    public sealed record Setup(MeaningSearch Meaning, SentenceEmbedder QueryModel, int Sentences, int Embedded, double EmbedSeconds, double StoreSeconds,
        double LoadSeconds, long TableBytes, long MemoryBytes, int Vectors)
    {
        public double LoadPerSecond => Vectors / LoadSeconds;
    }

    public static async Task<Setup> PrepareAsync(NpgsqlDataSource db, ILogger log, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var items = (await conn.QueryAsync<(long, string)>(new CommandDefinition("SELECT id, redacted_text FROM items ORDER BY id", cancellationToken: ct))).AsList();
        var sentences = items.SelectMany(i => Split(i.Item2)).Distinct().ToArray();
        log.LogInformation("Embedding {Sentences:N0} distinct sentences of {Items:N0} items", sentences.Length, items.Count);
        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()));
        var cache = SentenceVectorCache.Open(Path.Combine(ProjectPaths.Root(), ".voicehub", "bench"), embedder.ModelId);
        var missing = sentences.Where(s => !cache.TryGet(s, out _)).ToArray();
        log.LogInformation("{Cached:N0} sentences' vectors already in {File}; embedding {Missing:N0}", sentences.Length - missing.Length, cache.Path, missing.Length);
        var clock = Stopwatch.StartNew();
        foreach (var chunk in missing.Chunk(4096))
        {
            // Kept a chunk at a time: a run stopped part way (a 1,000,000-item run embeds for many minutes) loses little.
            cache.Append(chunk, embedder.Embed(chunk, ct));
            log.LogInformation("Embedded {Done:N0} of {Missing:N0} sentences", cache.Count - (sentences.Length - missing.Length), missing.Length);
        }
        var embedSeconds = clock.Elapsed.TotalSeconds;
        var bySentence = sentences.ToDictionary(s => s, s => cache.TryGet(s, out var v) ? v : throw new InvalidOperationException("A sentence was not embedded."), StringComparer.Ordinal);

        clock.Restart();
        var store = new EmbeddingStore(db);
        foreach (var chunk in items.Chunk(5000))
        {
            await store.SaveAsync(embedder.ModelId, chunk.Select(i => (i.Item1, Compose(Split(i.Item2).Select(s => bySentence[s]).ToList()))).ToList(), ct);
        }
        var storeSeconds = clock.Elapsed.TotalSeconds;
        var tableBytes = await conn.ExecuteScalarAsync<long>(new CommandDefinition("SELECT pg_total_relation_size('item_embeddings')", cancellationToken: ct));

        var queryModel = new SentenceEmbedder(Options.Create(new EmbeddingOptions { Threads = 1, BatchSize = 1 }));
        var queries = new QueryEmbedder(queryModel.ModelId, q => queryModel.Embed([QueryEmbedder.ArcticQueryPrefix + q])[0]);
        var index = new VectorIndex();
        var follower = new VectorFollower(index, new EmbeddingFeedStore(db), queries, NullLogger<VectorFollower>.Instance);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        clock.Restart();
        await follower.LoadAsync(ct); // also loads the query model once
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var memory = GC.GetTotalMemory(forceFullCollection: true) - before;
        log.LogInformation("Vector index: {Count:N0} vectors loaded from PostgreSQL in {Seconds:0.0}s, {Megabytes:0} MB", index.Count, loadSeconds, index.Bytes / 1048576.0);
        return new Setup(new MeaningSearch(index, queries), queryModel, sentences.Length, missing.Length, embedSeconds, storeSeconds, loadSeconds, tableBytes,
            Math.Max(memory, index.Bytes), index.Count);
    }

    /// <summary>A fresh <see cref="MeaningSearch"/> over the same vectors: its query cache empty, so timings include embedding.</summary>
    public static MeaningSearch Cold(Setup s, IQueryEmbedder queries) => new(s.Meaning.Vectors, queries);

    private static IEnumerable<string> Split(string text) =>
        Sentence().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static float[] Compose(IReadOnlyList<float[]> parts)
    {
        var v = new float[parts[0].Length];
        foreach (var p in parts) for (var i = 0; i < v.Length; i++) v[i] += p[i];
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        for (var i = 0; i < v.Length; i++) v[i] /= norm;
        return v;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentence();
}
