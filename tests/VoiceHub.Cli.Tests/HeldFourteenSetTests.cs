using System.Text.RegularExpressions;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The fourteenth held planted set, read and tuned on in stop 28, <c>bench redaction --held14</c>: its names are in no list of <c>seeds/names</c> (read here word
/// by word, the English words too) and in no other set, held four to thirteen included, which are read here so its author never
/// had to; it plants them and its literals, every slot of its templates fills, and its misses are printed now that it is read.
/// </summary>
public sealed class HeldFourteenSetTests
{
    private static readonly string[] Names = [.. HeldFourteenTemplates.UnlistedFirst, .. HeldFourteenTemplates.UnlistedLast];

    // Its names have no joining words ("Ó", "Al"): every word of them counts.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldFourteen);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 1800);
    }

    [Fact]
    public void Names_NoNameList_HasThem()
    {
        HeldSetChecks.AssertNoNameListHas(Names, Particles, []);
    }

    [Fact]
    public void Build_HeldFourteen_FillsEverySlotAndPlantsItsOwnNames()
    {
        // Its few planted literal names ("who everyone calls {name=Sunny}") are its own too, listed or not.
        string[] literalNames = [.. HeldFourteenTemplates.Templates.SelectMany(t => Regex.Matches(t, @"\{name=([^{}]+)\}").Select(m => m.Groups[1].Value))];

        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldFourteen, [.. Names, .. literalNames], @"\{(keep:|[A-Za-z_0-9:' \-]+\}|[a-z]+=)");
    }

    [Fact]
    public void Build_HeldFourteen_PlantsItsLiteralsAsWrittenUnderTheirKind()
    {
        var sources = PlantedSources.Load(TestPaths.Seeds);

        var items = new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed: 3, PlantedSetName.HeldFourteen).Build(sources.Comments, 2000);

        // A letter's address block over two lines: the flat, the building and the street; the town after it is kept.
        AssertPlanted(items, "Flat 11, Harbour View\n2 Quay Street\nGrays", "Flat 11, Harbour View\n2 Quay Street", "address");
        AssertPlanted(items, "Flat 11, Harbour View\n2 Quay Street\nGrays", "Grays", "keep");
        // A house name alone is where she lives; the village is kept.
        AssertPlanted(items, "Her address is Fernlea (the house", "Fernlea", "address");
        AssertPlanted(items, "next to the church in Bulphan", "Bulphan", "keep");
        // A room in a hostel's block is his home; the hostel's street, named as a place, is kept.
        AssertPlanted(items, "room 31, Cedar Block at the Grove Road hostel", "room 31, Cedar Block", "address");
        AssertPlanted(items, "room 31, Cedar Block at the Grove Road hostel", "Grove Road", "keep");
        // A narrowboat's berth and a park home's plot.
        AssertPlanted(items, "the narrowboat Kestrel, berth 14, Haddon Marina", "the narrowboat Kestrel, berth 14, Haddon Marina", "address");
        AssertPlanted(items, "plot 23, Willow Park Homes, Stanford Road", "plot 23, Willow Park Homes, Stanford Road", "address");
        // The number after the street, as someone writing in a second language put it.
        AssertPlanted(items, "living in Kenley Street 22, flat 3 since", "Kenley Street 22, flat 3", "address");
        // All caps: the address and the postcode apart.
        AssertPlanted(items, "FLAT 3, MERCER HOUSE, 40 QUARRY HILL, RM17 5TE", "FLAT 3, MERCER HOUSE, 40 QUARRY HILL", "address");
        AssertPlanted(items, "FLAT 3, MERCER HOUSE, 40 QUARRY HILL, RM17 5TE", "RM17 5TE", "postcode");
        AssertPlanted(items, "who everyone calls Sunny", "Sunny", "name");
        AssertPlanted(items, "his wife Shell do the weekends", "Shell", "name");
        AssertPlanted(items, "acc no 41 22 90 17, s/c 20-41-77", "20-41-77", "bank details");
        AssertPlanted(items, "acc no 41 22 90 17, s/c 20-41-77", "41 22 90 17", "bank details");
        AssertPlanted(items, "born on the 3rd of March 1944", "3rd of March 1944", "date of birth");
        AssertPlanted(items, "Client ID CR 0041873,", "CR 0041873", "case reference");
        AssertPlanted(items, "NHS: 498 344 4173, NI PT 44 61 08 B, car KX17 BMV.", "498 344 4173", "NHS number");
        AssertPlanted(items, "NHS: 498 344 4173, NI PT 44 61 08 B, car KX17 BMV.", "PT 44 61 08 B", "NI number");
        AssertPlanted(items, "NHS: 498 344 4173, NI PT 44 61 08 B, car KX17 BMV.", "KX17 BMV", "vehicle registration");
        AssertPlanted(items, "Tel 01632 960 418.", "01632 960 418", "phone");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldFourteen_ArePrintedNowItIsTunedOn()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, stdout, stderr) = await cli.RunAsync("bench", "redaction", "--held14", "--misses", "--items", "10");

        // Misses are printed one to a line, the detail marked in its context, and never the figures; the seed comments
        // with real names in them ("Tina is a very good listener") print at any size.
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.DoesNotContain("--held14", stderr);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(@"^[a-zA-Z ,\[\]-]+: ….*<<.+>>.*…$", line.TrimEnd('\r')));
    }

    // Every item holding the words has the detail planted over exactly that text, under that kind.
    private static void AssertPlanted(List<PlantedItem> items, string words, string detail, string kind)
    {
        var holding = items.Where(i => i.Text.Contains(words, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(holding);
        Assert.All(holding, i => Assert.Contains(i.Details, d => d.Kind == kind && i.Text.Substring(d.Start, d.Length) == detail));
    }
}
