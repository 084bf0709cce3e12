using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Core;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Embeddings;

/// <summary>
/// The search model as a node loads it: built once into the hub's model cache, then read from the file, with the same
/// bytes and vectors as when it was built in memory at every load.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ModelCacheTests
{
    /// <summary>
    /// SHA-256 of the int8 model the hub built in memory before the cache (commit a2b5af3, <c>Int8Quantizer.Quantise</c>
    /// of the package's graph). It changes only with the package or the quantiser, and the model id's version with it.
    /// </summary>
    private const string BuiltBefore = "cc594fc6169d0fc83e54da7ddbd5c8d829752237c28f6bcb3b2c9068f133444c";

    private static readonly string[] Comments = SeedData.Rows.Select(r => r.Text.Trim()).Where(t => t.Length > 0).Take(30).ToArray();

    [Fact]
    public void Embed_FromAColdAndAWarmCache_GivesTheVectorsBuiltInMemory_FromTheSameBytes()
    {
        var folder = TestPaths.TempDirectory("voicehub-data");
        var hub = Options.Create(new VoiceHubOptions { DataDirectory = folder });
        float[][] inMemory;
        using (var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()))) inMemory = embedder.Embed(Comments);

        float[][] cold, warm;
        using (var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()), hub)) cold = embedder.Embed(Comments);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(folder, "models"), "*.onnx"));
        var written = File.GetLastWriteTimeUtc(file);
        using (var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()), hub)) warm = embedder.Embed(Comments);

        Assert.Equal(inMemory, cold);
        Assert.Equal(inMemory, warm);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        using var stream = File.OpenRead(file);
        Assert.Equal(BuiltBefore, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)));
    }

    [Fact]
    public void PrepareModelFile_WritesTheFileWithoutLoading_AndTheFirstCallReadsIt()
    {
        var folder = TestPaths.TempDirectory("voicehub-data");
        using var embedder = new SentenceEmbedder(Options.Create(new EmbeddingOptions()), Options.Create(new VoiceHubOptions { DataDirectory = folder }));

        embedder.PrepareModelFile();
        var file = Assert.Single(Directory.GetFiles(Path.Combine(folder, "models"), "*.onnx"));
        var written = File.GetLastWriteTimeUtc(file);
        Assert.Null(embedder.LoadTime);
        embedder.Embed(Comments.Take(2).ToArray());

        Assert.NotNull(embedder.LoadTime);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void FileFor_ASidecarMissingOrNamingOtherInputs_Rebuilds_AndDropsTheSlotsOlderFile()
    {
        var cache = new ModelCache(TestPaths.TempDirectory("voicehub-models"));
        var builds = 0;
        void Write(Stream s)
        {
            builds++;
            s.Write("model"u8);
        }

        var first = cache.FileFor("slot", "inputs 1", Write);
        Assert.Equal(first, cache.FileFor("slot", "inputs 1", Write));
        Assert.Equal(1, builds);

        File.Delete(first + ".sha256");
        Assert.Equal(first, cache.FileFor("slot", "inputs 1", Write));
        Assert.Equal(2, builds);

        var second = cache.FileFor("slot", "inputs 2", Write);
        Assert.Equal(3, builds);
        Assert.NotEqual(first, second);
        Assert.False(File.Exists(first));
        Assert.Equal([second, second + ".sha256"], Directory.GetFiles(cache.Directory).Order());
    }

    [Fact]
    public void FileFor_AFileDamagedOrASidecarChangedAfterThisProcessCheckedIt_IsHashedAgainAndRebuilt()
    {
        var cache = new ModelCache(TestPaths.TempDirectory("voicehub-models"));
        var builds = 0;
        void Write(Stream s)
        {
            builds++;
            s.Write("model bytes"u8);
        }

        var path = cache.FileFor("slot", "inputs", Write);
        // As if built a minute ago, so the damage below is surely a later write (file times move in ticks of a few ms).
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(-1));
        Assert.Equal(path, cache.FileFor("slot", "inputs", Write)); // hashed, found whole, remembered
        Assert.Equal(path, cache.FileFor("slot", "inputs", Write));
        Assert.Equal(1, builds);

        // One byte changed in place, the length the same: a failing disk or a stray write.
        var bytes = File.ReadAllBytes(path);
        bytes[3] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        Assert.Equal(path, cache.FileFor("slot", "inputs", Write));
        Assert.Equal(2, builds);
        Assert.Equal("model bytes"u8.ToArray(), File.ReadAllBytes(path));

        // The file untouched but its sidecar naming another hash: checked against the sidecar again, not trusted from memory.
        var sidecar = File.ReadAllLines(path + ".sha256");
        File.WriteAllLines(path + ".sha256", [sidecar[0], new string('0', 64)]);
        Assert.Equal(path, cache.FileFor("slot", "inputs", Write));
        Assert.Equal(3, builds);
        Assert.Equal(sidecar, File.ReadAllLines(path + ".sha256"));
    }
}
