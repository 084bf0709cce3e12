using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set <c>bench redaction --held5</c>, written in stop 20 and tuned on in stop 21: its names are in no list the
/// redactor knows (with or without accents) and in no other set, it plants them, every slot of its templates fills, and its
/// misses are printed.
/// </summary>
public sealed class HeldFiveSetTests
{
    private static readonly string[] Names = [.. HeldFiveTemplates.UnlistedFirst, .. HeldFiveTemplates.UnlistedLast];

    // Joining words of names ("van Schalkwyk", "Ó Flaithbheartaigh"); the English words hold some of them, and the name is what counts.
    private static readonly HashSet<string> Particles = new(["van", "ap", "al", "bin", "Ó", "Ní"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_EveryListInSeedsNames_HoldsNoWordOfThem()
    {
        var listed = HeldSetChecks.ListedNames();
        var listedPlain = listed.Select(Plain).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.InRange(Names.Length, 140, 170);
        Assert.True(listed.Count > 100_000, $"only {listed.Count} listed words read");
        Assert.DoesNotContain(Names, n => listed.Contains(n) || listedPlain.Contains(Plain(n)));
        Assert.DoesNotContain(Names, n => Words(n).Any(w => listed.Contains(w) || listedPlain.Contains(Plain(w))));
    }

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.PlantedSetUnlistedNames().Concat(HeldFourTemplates.UnlistedFirst).Concat(HeldFourTemplates.UnlistedLast)
            .ToList();
        var otherWords = others.SelectMany(Words).Select(Plain).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(others.Count > 650, $"only {others.Count} names of the other sets found");
        Assert.DoesNotContain(Names, n => Words(n).Any(w => otherWords.Contains(Plain(w))));
        Assert.Equal(Names.Length, Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Build_HeldFive_FillsEverySlotAndPlantsItsOwnNames()
    {
        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldFive, Names, @"\{(keep:|[A-Za-z_0-9:' \-]+\})");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldFive_ArePrinted()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held5", "--misses", "--items", "10");

        // Measured once in stop 20 and tuned on in stop 21, so what it misses may be read.
        Assert.Equal(0, code);
        Assert.Equal("", stderr.Trim());
    }

    private static IEnumerable<string> Words(string name) => HeldSetChecks.Words(name, Particles);

    private static string Plain(string s) => HeldSetChecks.Plain(s);
}
