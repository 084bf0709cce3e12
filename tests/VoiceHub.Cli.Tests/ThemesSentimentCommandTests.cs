using System.Globalization;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary><c>voicehub themes sentiment</c>'s <c>--predictions</c>, <c>--class-weights</c> and <c>--second-stage-*</c> options, on a small slice of the seed data.</summary>
[Trait("Category", "Slow")]
public sealed class ThemesSentimentCommandTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Sentiment_Predictions_WritesThreeProbabilitiesForEveryScoredRow()
    {
        var (cli, folder) = await SmallSplitAsync();
        var file = Path.Combine(folder, "hub.pred");

        var json = await cli.JsonAsync("themes", "sentiment", "--train", Path.Combine(folder, "train.csv"), "--test", Path.Combine(folder, "test.csv"),
            "--words-only", "--class-weights", "none", "--predictions", file);

        Assert.Equal("none", json.GetProperty("classWeights").GetString());
        var lines = await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(json.GetProperty("rows").GetInt32(), lines.Length);
        Assert.All(lines, line =>
        {
            var p = line.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(3, p.Length);
            Assert.InRange(p.Sum(), 0.999, 1.001);
        });
        Assert.Contains(lines, l => l.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Max() < 0.99);
    }

    [Fact]
    public async Task Sentiment_BadPredictionsFolderOrWeights_FailsInWords()
    {
        var (cli, folder) = await SmallSplitAsync();
        string[] files = ["--train", Path.Combine(folder, "train.csv"), "--test", Path.Combine(folder, "test.csv"), "--words-only"];

        var (code, _, stderr) = await cli.RunAsync(["themes", "sentiment", .. files, "--predictions", Path.Combine(folder, "absent", "hub.pred")]);
        Assert.Equal(2, code);
        Assert.Contains("--predictions: the folder", stderr);

        (code, _, stderr) = await cli.RunAsync(["themes", "sentiment", .. files, "--class-weights", "half"]);
        Assert.NotEqual(0, code);
        Assert.Contains("half", stderr);
    }

    [Fact]
    public async Task Sentiment_BadSecondStageOptions_FailsInWords()
    {
        var (cli, folder) = await SmallSplitAsync();
        string[] files = ["--train", Path.Combine(folder, "train.csv"), "--test", Path.Combine(folder, "test.csv")];

        var (code, _, stderr) = await cli.RunAsync(["themes", "sentiment", .. files, "--second-stage-folds", "3", "--second-stage-settings", "0.01"]);
        Assert.Equal(2, code);
        Assert.Contains("--second-stage-settings: write L2:scale pairs", stderr);

        (code, _, stderr) = await cli.RunAsync(["themes", "sentiment", .. files, "--words-only", "--second-stage-folds", "3"]);
        Assert.Equal(2, code);
        Assert.Contains("--second-stage-folds must be 2 or more", stderr);
    }

    /// <summary>About 150 training and 65 test rows: 5% of the labelled seed file, split again.</summary>
    private async Task<(CliRunner Cli, string Folder)> SmallSplitAsync()
    {
        var cli = new CliRunner(await cluster.CreateDatabaseAsync("cli"), TestPaths.TempDirectory("voicehub-cli-index"));
        var slice = TestPaths.TempDirectory("voicehub-sentiment-slice");
        var folder = TestPaths.TempDirectory("voicehub-sentiment-split");
        await cli.JsonAsync("themes", "split", "--data", Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv"), "--out", slice,
            "--test-fraction", "0.05");
        await cli.JsonAsync("themes", "split", "--data", Path.Combine(slice, "test.csv"), "--out", folder);
        return (cli, folder);
    }
}
