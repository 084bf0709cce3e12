using System.Text.Json;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// <c>voicehub themes sentiment --vector-cache</c> as an operator runs it: the rows are embedded with the tuned encoder the
/// hub's models read (the patch in seeds/encoder), kept in that model id's own file, and read back from it; the package
/// model's file in the same folder is neither read nor written.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ThemesVectorCacheTests
{
    [Fact]
    public async Task Sentiment_VectorCache_UsesTheTunedModelsOwnFileAndLeavesTheSearchModelsAlone()
    {
        var folder = TestPaths.TempDirectory("voicehub-vector-cache");
        var train = Write(folder, "train.csv", 0, 40);
        var test = Write(folder, "test.csv", 40, 20);
        var frozenFile = Path.Combine(folder, "sentence-vectors-arctic-embed-xs-int8-2.bin");
        await File.WriteAllBytesAsync(frozenFile, [1, 2, 3], TestContext.Current.CancellationToken);
        var cli = new CliRunner("Host=/nonexistent;Database=none", TestPaths.TempDirectory("voicehub-cli-index"));

        var first = await cli.JsonAsync("themes", "sentiment", "--train", train, "--test", test, "--vector-cache", folder);
        var model = first.GetProperty("embeddingModel").GetString()!;
        var tunedFile = Path.Combine(folder, "sentence-vectors-" + string.Concat(model.Select(c => char.IsLetterOrDigit(c) ? c : '-')) + ".bin");
        var written = await File.ReadAllBytesAsync(tunedFile, TestContext.Current.CancellationToken);
        var second = await cli.JsonAsync("themes", "sentiment", "--train", train, "--test", test, "--vector-cache", folder);

        Assert.StartsWith("arctic-embed-xs+", model);
        Assert.EndsWith("/int8/2", model);
        Assert.Equal(model, second.GetProperty("embeddingModel").GetString());
        // The second run embedded nothing: every text was in the tuned model's file, which is unchanged, and so are the figures.
        Assert.Equal(written, await File.ReadAllBytesAsync(tunedFile, TestContext.Current.CancellationToken));
        Assert.Equal(first.GetProperty("accuracy3").GetDouble(), second.GetProperty("accuracy3").GetDouble());
        Assert.Equal([1, 2, 3], await File.ReadAllBytesAsync(frozenFile, TestContext.Current.CancellationToken));
        Assert.Equal(new[] { "sentence-vectors-arctic-embed-xs-int8-2.bin", Path.GetFileName(tunedFile), "test.csv", "train.csv" }.Order(),
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());
    }

    /// <summary>A labelled file of <paramref name="count"/> short comments, praise and complaints in turn.</summary>
    private static string Write(string folder, string name, int from, int count)
    {
        string[] praise = ["The carer was kind and always on time", "Lovely staff at the day centre", "The nurse listened and explained everything"];
        string[] complaints = ["The transport was cancelled and nobody rang", "Nobody came for the morning visit", "I waited weeks for a reply to my letter"];
        var lines = new List<string> { "id,text,labels,sentiment" };
        for (var i = from; i < from + count; i++)
        {
            var good = i % 2 == 0;
            var text = (good ? praise : complaints)[i % 3] + $" (visit {i})";
            lines.Add($"r{i},{text},{(good ? "Staff manner & personal attributes" : "Timeliness of care")},{(good ? 1 : 5)}");
        }
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
