using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set <c>bench redaction --held4</c>, written in stop 19 and tuned on in stop 20: its names are in no other set
/// (the lists may hold some since stop 23 added names by origin), it plants them, every slot of its templates fills, and its misses are printed.
/// </summary>
public sealed class HeldFourSetTests
{
    private static readonly string[] Names = [.. HeldFourTemplates.UnlistedFirst, .. HeldFourTemplates.UnlistedLast];

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.PlantedSetUnlistedNames().ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(others.Count > 500, $"only {others.Count} names of the other sets found");
        Assert.DoesNotContain(Names, others.Contains);
        Assert.Equal(Names.Length, Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Build_HeldFour_FillsEverySlotAndPlantsItsOwnNames()
    {
        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldFour, Names, @"\{[A-Za-z_0-9:' \-]+\}");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldFour_ArePrinted()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held4", "--misses", "--items", "10");

        // Tuned on in stop 20, so what it misses may be read; the set never tuned on is another one.
        Assert.Equal(0, code);
        Assert.Equal("", stderr.Trim());
    }
}
