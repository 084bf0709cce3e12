using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set <c>bench redaction --held6</c> (measured once in stop 21, then tuned on): its names are in no other set,
/// held four and five included, which are read here so their author never had to (the lists may hold some since stop 23
/// added names by origin); it plants them, and every slot of its templates fills.
/// </summary>
public sealed class HeldSixSetTests
{
    private static readonly string[] Names = [.. HeldSixTemplates.UnlistedFirst, .. HeldSixTemplates.UnlistedLast];

    // Joining words of names ("Ó Duibhir", "Al-Halabi"); the lists hold some of them as words, and the name is what counts.
    private static readonly HashSet<string> Particles = new(["van", "ap", "al", "bin", "Ó", "Ní"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldSix);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 800);
    }

    [Fact]
    public void Build_HeldSix_FillsEverySlotAndPlantsItsOwnNames()
    {
        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldSix, Names, @"\{(keep:|[A-Za-z_0-9:' \-]+\})");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldSix_ArePrinted()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held6", "--misses", "--items", "10");

        // Measured once in stop 21, then tuned on, so what it misses may be read.
        Assert.Equal(0, code);
        Assert.Equal("", stderr.Trim());
    }
}
