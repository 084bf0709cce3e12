using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set <c>bench redaction --held9</c>, measured in stop 23 and tuned on from stop 24: its names were in no list
/// the redactor knew when it was written (stop 23; the names by origin added in the same stop by another engineer, who never
/// read it, hold 42 of its 170 words) and are in no other set, held four to eight included, which are read here so their
/// author never had to; it plants them, every slot of its templates fills, and its misses are printed now. The never-tuned
/// set is <c>--held15</c> (<see cref="HeldFifteenSetTests"/>).
/// </summary>
public sealed class HeldNineSetTests
{
    private static readonly string[] Names = [.. HeldNineTemplates.UnlistedFirst, .. HeldNineTemplates.UnlistedLast];

    // Joining words of its Irish names ("Ó Conghaile", "Mac Suibhne"); the name is what counts.
    private static readonly HashSet<string> Particles = new(["Ó", "Mac"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldNine);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 1200);
    }

    [Fact]
    public void Build_HeldNine_FillsEverySlotAndPlantsItsOwnNames()
    {
        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldNine, Names, @"\{(keep:|[A-Za-z_0-9:' \-]+\})");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldNine_ArePrinted()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held9", "--misses", "--items", "10");

        // Measured in stop 23, then read and tuned on in stop 24, so what it misses may be read.
        Assert.Equal(0, code);
        Assert.Equal("", stderr.Trim());
    }
}
