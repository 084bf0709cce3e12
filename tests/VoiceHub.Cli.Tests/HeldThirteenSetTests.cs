using System.Text.RegularExpressions;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set written in stop 27, <c>bench redaction --held13</c> (measured in stop 27, then tuned on in stop 27;
/// <c>--held15</c> is the never-tuned set now): its names are in no list of <c>seeds/names</c> (read here word by word, the
/// English words too) and in no other set, held four to twelve included, which are read here so its author never had to; it
/// plants them and its literals, every slot of its templates fills, and its misses are printed now that it is read.
/// </summary>
public sealed class HeldThirteenSetTests
{
    private static readonly string[] Names = [.. HeldThirteenTemplates.UnlistedFirst, .. HeldThirteenTemplates.UnlistedLast];

    // Joining words of its names ("Ó Broin", "Ní Riain", "Nic Dhonncha"); the name is what counts.
    private static readonly HashSet<string> Particles = new(["Ó", "Ní", "Nic"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldThirteen);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 1600);
    }

    [Fact]
    public void Names_NoNameList_HasThem()
    {
        HeldSetChecks.AssertNoNameListHas(Names, Particles, []);
    }

    [Fact]
    public void Build_HeldThirteen_FillsEverySlotAndPlantsItsOwnNames()
    {
        // Its few planted literal names ("{name=Bernie} and {name=Mo} on the night shift") are its own too, listed or not.
        string[] literalNames = [.. HeldThirteenTemplates.Templates.SelectMany(t => Regex.Matches(t, @"\{name=([^{}]+)\}").Select(m => m.Groups[1].Value))];

        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldThirteen, [.. Names, .. literalNames], @"\{(keep:|[A-Za-z_0-9:' \-]+\}|[a-z]+=)");
    }

    [Fact]
    public void Build_HeldThirteen_PlantsItsLiteralsAsWrittenUnderTheirKind()
    {
        var sources = PlantedSources.Load(TestPaths.Seeds);

        var items = new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed: 3, PlantedSetName.HeldThirteen).Build(sources.Comments, 2000);

        // The number after the street, as someone writing in a second language put it.
        AssertPlanted(items, "she live in Hathersage Road 17", "Hathersage Road 17", "address");
        // A letter's address block over three lines; the town after it is kept.
        AssertPlanted(items, "Flat 9\nBardsley House\n41 Cromwell Road\nGrays", "Flat 9\nBardsley House\n41 Cromwell Road", "address");
        AssertPlanted(items, "Flat 9\nBardsley House\n41 Cromwell Road\nGrays", "Grays", "keep");
        // A room in a care home's wing is where she lives; the care home's name is kept.
        AssertPlanted(items, "Mum is in room 12, Larch wing at Thameside Lodge", "room 12, Larch wing", "address");
        AssertPlanted(items, "Mum is in room 12, Larch wing at Thameside Lodge", "Thameside Lodge", "keep");
        AssertPlanted(items, "thanks to Bernie and Mo on the night shift", "Mo", "name");
        AssertPlanted(items, "NI: jk 44 19 02 c", "jk 44 19 02 c", "NI number");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldThirteen_ArePrintedNowItIsTunedOn()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held13", "--misses", "--items", "10");

        Assert.Equal(0, code);
        Assert.DoesNotContain("--held13", stderr);
    }

    // Every item holding the words has the detail planted over exactly that text, under that kind.
    private static void AssertPlanted(List<PlantedItem> items, string words, string detail, string kind)
    {
        var holding = items.Where(i => i.Text.Contains(words, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(holding);
        Assert.All(holding, i => Assert.Contains(i.Details, d => d.Kind == kind && i.Text.Substring(d.Start, d.Length) == detail));
    }
}
