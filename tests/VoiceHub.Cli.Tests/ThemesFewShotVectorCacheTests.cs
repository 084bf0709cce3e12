using System.Text;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// <c>voicehub themes fewshot --vector-cache FILE</c> (issue 18, round 11): the rows' vectors come from a cache file
/// another encoder wrote (bench/FineTune's <c>cache</c>, SentenceVectorCache's format), not from the package's model.
/// The texts here say nothing about the theme; only the cached vectors do, so the theme is learned from them or not at all.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ThemesFewShotVectorCacheTests
{
    private const string Model = "test-encoder/int8/1";

    [Fact]
    public async Task FewShot_VectorCache_LearnsTheThemeFromTheCachedVectors()
    {
        var folder = TestPaths.TempDirectory("voicehub-fewshot-cache");
        var (data, texts, vectors) = Write(folder, 90);
        var cache = Path.Combine(folder, "vectors.bin");
        WriteCache(cache, texts, vectors);
        var cli = new CliRunner("Host=/nonexistent;Database=none", TestPaths.TempDirectory("voicehub-cli-index"));

        var result = await cli.JsonAsync("themes", "fewshot", "--data", data, "--vector-cache", cache, "--only-themes", "Transport to/ from services",
            "--k", "5", "--json");

        Assert.Equal(Model, result.GetProperty("embeddings").GetString());
        var theme = Assert.Single(result.GetProperty("themes").EnumerateArray());
        Assert.Equal("Transport to/ from services", theme.GetProperty("theme").GetString());
        Assert.True(theme.GetProperty("fullF1").GetDouble() > 0.9, theme.ToString());
        Assert.True(theme.GetProperty("f1AtK").GetProperty("5").GetDouble() > 0.8, theme.ToString());
    }

    [Fact]
    public async Task FewShot_VectorCacheMissingATextOrUnknownTheme_FailsInWords()
    {
        var folder = TestPaths.TempDirectory("voicehub-fewshot-cache");
        var (data, texts, vectors) = Write(folder, 30);
        var cache = Path.Combine(folder, "vectors.bin");
        WriteCache(cache, texts.Skip(1).ToList(), vectors.Skip(1).ToList());
        var whole = Path.Combine(folder, "whole.bin");
        WriteCache(whole, texts, vectors);
        var cli = new CliRunner("Host=/nonexistent;Database=none", TestPaths.TempDirectory("voicehub-cli-index"));

        var missing = await cli.RunAsync("themes", "fewshot", "--data", data, "--vector-cache", cache, "--json");
        var unknown = await cli.RunAsync("themes", "fewshot", "--data", data, "--vector-cache", whole, "--only-themes", "Parking", "--json");
        var notACache = await cli.RunAsync("themes", "fewshot", "--data", data, "--vector-cache", data, "--json");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("1 of the file's texts", missing.Stderr);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("\"Parking\" is not one of the themes measured", unknown.Stderr);
        Assert.Equal(2, notACache.ExitCode);
        Assert.Contains("is not a vector cache", notACache.Stderr);
    }

    /// <summary>
    /// A labelled file whose texts differ only by a number; every third row is about transport, the rest about staff. The
    /// vectors carry the theme: a transport row near one axis, a staff row near another, each with a little seeded noise.
    /// </summary>
    private static (string Path, List<string> Texts, List<float[]> Vectors) Write(string folder, int count)
    {
        var random = new Random(18);
        var lines = new List<string> { "id,text,labels" };
        var texts = new List<string>();
        var vectors = new List<float[]>();
        for (var i = 0; i < count; i++)
        {
            var transport = i % 3 == 0;
            var text = $"Comment number {i}";
            lines.Add($"r{i},{text},{(transport ? "Transport to/ from services" : "Staff manner & personal attributes")}");
            var v = Enumerable.Range(0, 8).Select(_ => (float)(random.NextDouble() * 0.2)).ToArray();
            v[transport ? 0 : 1] += 1;
            var length = MathF.Sqrt(v.Sum(x => x * x));
            texts.Add(text);
            vectors.Add(v.Select(x => x / length).ToArray());
        }
        var path = System.IO.Path.Combine(folder, "labelled.csv");
        File.WriteAllLines(path, lines);
        return (path, texts, vectors);
    }

    /// <summary>SentenceVectorCache's file: its magic number, the model id, the width, then each text and its floats.</summary>
    private static void WriteCache(string path, IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(0x56485357);
        writer.Write(Model);
        writer.Write(vectors[0].Length);
        for (var i = 0; i < texts.Count; i++)
        {
            writer.Write(texts[i]);
            foreach (var x in vectors[i]) writer.Write(x);
        }
    }
}
