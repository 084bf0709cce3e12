using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set <c>bench redaction --held5</c>, written in stop 20 and tuned on in stop 21: its names are in no other set
/// (the lists may hold some since stop 23 added names by origin), it plants them, every slot of its templates fills, and its
/// misses are printed.
/// </summary>
public sealed class HeldFiveSetTests
{
    private static readonly string[] Names = [.. HeldFiveTemplates.UnlistedFirst, .. HeldFiveTemplates.UnlistedLast];

    // Joining words of names ("van Schalkwyk", "Ó Flaithbheartaigh"); the English words hold some of them, and the name is what counts.
    private static readonly HashSet<string> Particles = new(["van", "ap", "al", "bin", "Ó", "Ní"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldFive);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 650);
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
}
