using VoiceHub.Cli.Bench.Redaction;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The eighth held set, <c>bench redaction --held8</c> (measured in stop 22, then tuned on in stop 23): its names are in no list
/// the redactor knows (with or without accents) and in no other set, held four to seven included, which are read here so their
/// author never had to; it plants them, and every slot of its templates fills. Its misses may be printed now; the never-tuned
/// set is <c>--held9</c> (<see cref="HeldNineSetTests"/>).
/// </summary>
public sealed class HeldEightSetTests
{
    private static readonly string[] Names = [.. HeldEightTemplates.UnlistedFirst, .. HeldEightTemplates.UnlistedLast];

    // Joining words of names ("Ó Ceallacháin", "Al-Obaidi", "O'Tuama", "Dell'Olio"); the lists hold some of them as words (or
    // letters), and the name is what counts.
    private static readonly HashSet<string> Particles = new(["Al", "El", "Abu", "Ó", "Ní", "Mac", "O", "D", "N", "Dell"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_EveryListInSeedsNames_HoldsNoWordOfThem()
        => HeldSetChecks.AssertNoListHolds(Names, Particles);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldEight);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 1100);
    }

    [Fact]
    public void Build_HeldEight_FillsEverySlotAndPlantsItsOwnNames()
    {
        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldEight, Names, @"\{(keep:|[A-Za-z_0-9:' \-]+\})");
    }
}
