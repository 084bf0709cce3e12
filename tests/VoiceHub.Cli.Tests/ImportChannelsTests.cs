using System.Text.Json;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary><c>voicehub import</c> for every channel and format, never asking: the same JSON contract for each.</summary>
[Trait("Category", "Slow")]
public sealed class ImportChannelsTests(PostgresCluster cluster)
{
    private static readonly string[] Contract = ["documentId", "status", "itemsAdded", "duplicatesSkipped", "warnings", "error"];

    [Fact]
    public async Task Import_EveryChannelAndFormat_PrintsTheSameContract()
    {
        var cli = new CliRunner(await cluster.CreateDatabaseAsync("cli"), TestPaths.TempDirectory("voicehub-cli-index"));
        var runs = new (string[] Args, int Items)[]
        {
            ([TestPaths.Sample("survey-microsoft-forms.xlsx"), "--channel", "survey"], 30),
            ([TestPaths.Sample("talking-shop.csv"), "--channel", "talking-shop"], 10),
            ([TestPaths.Sample("listening-space.docx"), "--channel", "listening-space"], 5),
            ([TestPaths.Sample("vcs-report.pdf"), "--channel", "vcs-report", "--organisation", "Thurrock Carers Together", "--period", "1 April to 30 June 2026"], -1),
        };
        foreach (var (args, items) in runs)
        {
            var result = await cli.JsonAsync(["import", .. args, "--json"]);
            Assert.Equal(Contract, result.EnumerateObject().Select(p => p.Name));
            Assert.True(result.GetProperty("status").GetString() == "ingested", result.ToString());
            if (items >= 0) Assert.Equal(items, result.GetProperty("itemsAdded").GetInt32());
            else Assert.True(result.GetProperty("itemsAdded").GetInt32() > 5);
        }

        var search = await cli.JsonAsync("search", "Outcome", "--json");
        Assert.Equal(10, search.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Import_NotesWithoutDateOrLocality_WaitForReviewUnlessTheLocalityIsGiven()
    {
        var cli = new CliRunner(await cluster.CreateDatabaseAsync("cli"), TestPaths.TempDirectory("voicehub-cli-index"));
        var file = Path.Combine(TestPaths.TempDirectory(), "notes.md");
        await File.WriteAllTextAsync(file, "# Carers' coffee morning\n\nDate: 12/03/2026\n\n## What people told us\n\n- The respite line never answers\n");

        var waiting = await cli.JsonAsync("import", file, "--channel", "listening-space", "--json");
        Assert.Equal("needs-review", waiting.GetProperty("status").GetString());
        Assert.Contains("locality", waiting.GetProperty("warnings")[0].GetString());
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("error").ValueKind);

        var other = Path.Combine(TestPaths.TempDirectory(), "notes2.md");
        await File.WriteAllTextAsync(other, (await File.ReadAllTextAsync(file)) + "- Carers want evening groups\n");
        var placed = await cli.JsonAsync("import", other, "--channel", "listening-space", "--locality", "Grays", "--json");
        Assert.Equal(("ingested", 2), (placed.GetProperty("status").GetString(), placed.GetProperty("itemsAdded").GetInt32()));
    }
}
