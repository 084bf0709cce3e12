using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core.Seeds;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// <c>voicehub bench embed</c>: embeds N real comments from <c>seeds/data</c> (in file order, repeated if N is larger)
/// with an encoder as configured (the search one, or the tuned classification one), timed after a warm-up call that loads the model; then the same comments in float32,
/// to say how far int8 moves the vectors: the mean and lowest cosine per comment, and how often a comment's nearest
/// neighbour among the others is the same in both.
/// </summary>
public sealed class EmbedBench(string seeds)
{
    public sealed record Figures(int Items, double Seconds, long Tokens, int BatchSize, int Threads, string ModelId, bool Sorted,
        double LoadSeconds, double? Float32ItemsPerSecond, double? MeanCosine, double? MinCosine, double? NeighbourAgreement, double? NeighbourInTop5, string LoadBefore, string LoadAfter)
    {
        public double ItemsPerSecond => Items / Seconds;
        public double TokensPerSecond => Tokens / Seconds;
        public double TokensPerItem => Tokens / (double)Items;
    }

    public static IReadOnlyList<string> Comments(string seeds, int count)
    {
        var file = Path.Combine(seeds, "data", "patient-feedback-labelled.csv");
        var texts = SeedLoader.ReadTable(file).Select(r => r.GetValueOrDefault("text")?.Trim() ?? "").Where(t => t.Length > 0).ToList();
        if (texts.Count == 0) throw new InvalidOperationException($"{file} has no comments to embed.");
        return Enumerable.Range(0, count).Select(i => texts[i % texts.Count]).ToList();
    }

    /// <param name="patch">The tuned encoder's patch: the classification encoder; null: the package's model, the search one.</param>
    public Figures Run(int count, EmbeddingOptions options, bool compare, CancellationToken ct, string? patch = null)
    {
        var texts = Comments(seeds, count);
        var loadBefore = LoadAverage();
        SentenceEmbedder Make(EmbeddingOptions o) => patch is null ? new SentenceEmbedder(Options.Create(o)) : ClassificationEmbedder.Tuned(o, patch);
        using var embedder = Make(options);
        embedder.Embed(["The carer was kind and on time."], ct);
        var clock = Stopwatch.StartNew();
        var vectors = embedder.Embed(texts, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        var tokens = embedder.LastTokens;
        var loadAfter = LoadAverage();

        double? float32Rate = null, mean = null, min = null, agreement = null, inTop5 = null;
        if (compare && embedder.Int8)
        {
            using var reference = Make(new EmbeddingOptions
            {
                Precision = "float32", BatchSize = options.BatchSize, Threads = options.Threads, SortByLength = options.SortByLength,
            });
            reference.Embed(["The carer was kind and on time."], ct);
            clock.Restart();
            var exact = reference.Embed(texts, ct);
            float32Rate = texts.Count / clock.Elapsed.TotalSeconds;
            var cosines = Enumerable.Range(0, texts.Count).Select(i => Dot(vectors[i], exact[i])).ToList();
            mean = cosines.Average();
            min = cosines.Min();
            (agreement, inTop5) = NeighbourAgreement(vectors, exact, 1000);
        }
        return new Figures(texts.Count, seconds, tokens, embedder.BatchSize, embedder.Threads, embedder.ModelId, embedder.SortByLength,
            embedder.LoadTime?.TotalSeconds ?? 0, float32Rate, mean, min, agreement, inTop5, loadBefore, loadAfter);
    }

    /// <summary>
    /// The share of the first <paramref name="limit"/> items whose nearest neighbour (by cosine, among all the others,
    /// repeats of the same text left out) is the same item in both sets of vectors.
    /// </summary>
    /// <returns>Top-1 agreement, and the share whose float32 nearest neighbour is among the int8 five nearest.</returns>
    public static (double Top1, double InTop5) NeighbourAgreement(float[][] int8, float[][] float32, int limit)
    {
        var n = Math.Min(limit, int8.Length);
        int same = 0, inFive = 0;
        for (var i = 0; i < n; i++)
        {
            var exact = Nearest(float32, i, 1)[0];
            var approximate = Nearest(int8, i, 5);
            if (approximate[0] == exact) same++;
            if (approximate.Contains(exact)) inFive++;
        }
        return n == 0 ? (0, 0) : (same / (double)n, inFive / (double)n);
    }

    private static int[] Nearest(float[][] vectors, int i, int k) => Enumerable.Range(0, vectors.Length)
        .Where(j => j != i)
        .Select(j => (j, Score: Dot(vectors[i], vectors[j])))
        .Where(x => x.Score < 0.9999f) // the same comment repeated, or an exact duplicate
        .OrderByDescending(x => x.Score).Take(k).Select(x => x.j).ToArray();

    public static float Dot(float[] a, float[] b) => TensorPrimitives.Dot(a, b);

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
