using System.Text.RegularExpressions;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The planted set written in stop 26, <c>bench redaction --held12</c> (measured in stop 26, tuned on in stop 27; <c>--held15</c>
/// is the never-tuned set now): its names are in no list of <c>seeds/names</c> (read here word by word, the English words too)
/// and in no other set, held four to eleven included, which are read here so its author never had to; it plants them and its
/// literals, every slot of its templates fills, and its misses are printed now that it is read.
/// </summary>
public sealed class HeldTwelveSetTests
{
    private static readonly string[] Names = [.. HeldTwelveTemplates.UnlistedFirst, .. HeldTwelveTemplates.UnlistedLast];

    // Joining words of its names ("Ó Catháin", "Al-Obeidi"); the name is what counts.
    private static readonly HashSet<string> Particles = new(["Ó", "Al"], StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldTwelve);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 1400);
    }

    [Fact]
    public void Names_NoNameList_HasThem()
    {
        HeldSetChecks.AssertNoNameListHas(Names, Particles, []);
    }

    [Fact]
    public void Build_HeldTwelve_FillsEverySlotAndPlantsItsOwnNames()
    {
        // Its few planted literal names ("ask for {name=Dawn}") are its own too, listed or not.
        string[] literalNames = [.. HeldTwelveTemplates.Templates.SelectMany(t => Regex.Matches(t, @"\{name=([^{}]+)\}").Select(m => m.Groups[1].Value))];

        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldTwelve, [.. Names, .. literalNames], @"\{(keep:|[A-Za-z_0-9:' \-]+\}|[a-z]+=)");
    }

    [Fact]
    public void Build_HeldTwelve_PlantsItsLiteralsAsWrittenUnderTheirKind()
    {
        var sources = PlantedSources.Load(TestPaths.Seeds);

        var items = new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed: 3, PlantedSetName.HeldTwelve).Build(sources.Comments, 2000);

        // An address with two typos and no house word the generator knows, and one over two lines.
        var typo = items.Where(i => i.Text.Contains("23 Lansdwone Raod", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(typo);
        Assert.All(typo, i => Assert.Contains(i.Details, d => d.Kind == "address" && i.Text.Substring(d.Start, d.Length) == "23 Lansdwone Raod"));
        var lines = items.Where(i => i.Text.Contains("Rookery Court\n19 Heath Road", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, i => Assert.Contains(i.Details, d => d.Kind == "address" && i.Text.Substring(d.Start, d.Length) == "Flat 2, Rookery Court\n19 Heath Road"));
        var dawn = items.Where(i => i.Text.Contains("ask for Dawn on the duty desk", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(dawn);
        Assert.All(dawn, i => Assert.Contains(i.Details, d => d.Kind == "name" && i.Text.Substring(d.Start, d.Length) == "Dawn"));
    }

    [Theory]
    [InlineData("name=Jo-Jo", "name")]
    [InlineData("phone=07700 900 123 (home)", "phone")]
    [InlineData("email=jo at example dot com", "email")]
    [InlineData("nhs=485 777 3015", "NHS number")]
    [InlineData("ni=QQ 12 34 56 C", "NI number")]
    [InlineData("postcode=rm17 6sl", "postcode")]
    [InlineData("address=14 dockside", "address")]
    [InlineData("dob=12th march 51", "date of birth")]
    [InlineData("bank=40-11-62 / 12345678", "bank details")]
    [InlineData("case=asc 123456", "case reference")]
    [InlineData("reg=ab12 cde", "vehicle registration")]
    [InlineData("first", null)]
    [InlineData("keep:Grays", null)]
    public void LiteralKind_EveryKindTheBenchCounts_IsAccepted(string slot, string? kind)
    {
        Assert.Equal(kind, PlantedSet.LiteralKind(slot));
    }

    [Fact]
    public void LiteralKind_UnknownKind_FailsInWords()
    {
        var e = Assert.Throws<ArgumentException>(() => PlantedSet.LiteralKind("street=14 dockside"));

        Assert.Contains("street", e.Message);
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldTwelve_ArePrintedNowItIsTunedOn()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, _, stderr) = await cli.RunAsync("bench", "redaction", "--held12", "--misses", "--items", "10");

        Assert.Equal(0, code);
        Assert.DoesNotContain("--held12", stderr);
    }
}
