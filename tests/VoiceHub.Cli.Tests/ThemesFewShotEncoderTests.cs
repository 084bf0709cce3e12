using System.Text.RegularExpressions;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// <c>voicehub themes fewshot --encoder</c> as an operator runs it: each encoder's embeddings are cached in a file of
/// their own (keyed by the model), both encoders read both files, and a second run embeds nothing.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class ThemesFewShotEncoderTests
{
    [Fact]
    public async Task Explore_BothEncoders_CachesEachModelInItsOwnFile_AndReadsThemBack()
    {
        var data = Write(TestPaths.TempDirectory("voicehub-fewshot-encoder"), Guid.NewGuid().ToString("N"));
        var cli = new CliRunner("Host=/nonexistent;Database=none", TestPaths.TempDirectory("voicehub-cli-index"));
        string[] args = ["themes", "fewshot", "--data", data, "--explore", "--k", "3", "--encoder"];
        var files = new List<string>();
        try
        {
            var (code, stdout, stderr) = await cli.RunAsync([.. args, "minilm"]);
            Assert.True(code == 0, stderr);
            var miniLm = Cached().Matches(stderr).Select(m => m.Groups["path"].Value).ToList();
            files.AddRange(miniLm);
            Assert.Contains("\"encoder\":\"all-MiniLM-L6-v2/float32/1\"", stdout);

            (code, stdout, stderr) = await cli.RunAsync([.. args, "both"]);
            Assert.True(code == 0, stderr);
            var both = Cached().Matches(stderr).Select(m => (Read: m.Groups["read"].Success, Path: m.Groups["path"].Value)).ToList();
            files.AddRange(both.Select(b => b.Path));

            // The first run embedded with arctic (the full-data models' encoder) and MiniLM, a file each.
            Assert.Equal(2, miniLm.Distinct().Count());
            // The second read both back and embedded nothing.
            Assert.Equal(miniLm, both.Select(b => b.Path));
            Assert.All(both, b => Assert.True(b.Read));
            Assert.Contains("\"encoder\":\"arctic-embed-xs/int8/2+all-MiniLM-L6-v2/float32/1\"", stdout);
        }
        finally
        {
            foreach (var f in files.Distinct()) File.Delete(f);
        }
    }

    [Fact]
    public async Task Fewshot_UnknownEncoder_FailsInWords()
    {
        var cli = new CliRunner("Host=/nonexistent;Database=none", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("themes", "fewshot", "--data", Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv"),
            "--encoder", "e5");

        Assert.Equal(2, code);
        Assert.Contains("--encoder must be arctic, minilm or both", stderr);
    }

    [GeneratedRegex(@"^(?:(?<read>Embeddings read from )|Embedded \d+ texts in [\d.]+s; cached in )(?<path>\S+\.bin)\s*$", RegexOptions.Multiline)]
    private static partial Regex Cached();

    /// <summary>A labelled file of 80 short comments on two themes, each made new by <paramref name="tag"/> so no cache holds them.</summary>
    private static string Write(string folder, string tag)
    {
        string[] praise = ["The carer was kind and always on time", "Lovely staff at the day centre", "The nurse listened and explained everything"];
        string[] waits = ["The transport was cancelled and nobody rang", "Nobody came for the morning visit", "I waited weeks for a reply to my letter"];
        var lines = new List<string> { "id,text,labels" };
        for (var i = 0; i < 80; i++)
        {
            var good = i % 2 == 0;
            lines.Add($"r{i},{(good ? praise : waits)[i % 3]} ({tag} {i}),{(good ? "Staff manner & personal attributes" : "Timeliness of care")}");
        }
        var path = Path.Combine(folder, "labelled.csv");
        File.WriteAllLines(path, lines);
        return path;
    }
}
