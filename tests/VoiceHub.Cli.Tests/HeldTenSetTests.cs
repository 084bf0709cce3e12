using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set <c>bench redaction --held10</c>, never tuned on until stop 25: its names were in no list of <c>seeds/names</c> when it was
/// written (read here word by word, the English words too; four were added to the lists since, blind to it) and in no other set, held four to nine included, which are read here so their author
/// never had to; it plants them, every slot of its templates fills, and its misses are printed now that it is tuned on.
/// </summary>
public sealed class HeldTenSetTests
{
    private static readonly string[] Names = [.. HeldTenTemplates.UnlistedFirst, .. HeldTenTemplates.UnlistedLast];

    // Joining words of its names ("Ó Tuathail", "Nic Craith", "de Gruchy", "bin Rashidi", "ab Owain", "Al-Rawi"); the name is what counts.
    private static readonly HashSet<string> Particles = new(["Ó", "Mac", "Nic", "de", "bin", "ab", "Al"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldTen);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 1300);
    }

    [Fact]
    public void Names_NoNameList_HasThem()
    {
        // Names added to the lists in stop 24 by an engineer who never read this set (Welsh, Irish and nickname lists) hold
        // these four; stop 25's Persian, Arabic, Urdu and Thai spellings (extra-names-fa-ar-ur-th.txt), written after this
        // set was read, hold four common ones. Any other would mean the set's names leaked into the lists.
        string[] added = ["Olwen", "Íde", "Mags", "ab Owain", "Hussam", "Ghada", "Rawan", "Ishtiaq"];
        HeldSetChecks.AssertNoNameListHas(Names, Particles, added);
    }

    [Fact]
    public void Build_HeldTen_FillsEverySlotAndPlantsItsOwnNames()
    {
        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldTen, Names, @"\{(keep:|[A-Za-z_0-9:' \-]+\})");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldTen_ArePrintedNowItIsTunedOn()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held10", "--misses", "--items", "10");

        Assert.Equal(0, code);
        Assert.DoesNotContain("--held10", stderr);
    }
}
