using System.Text.RegularExpressions;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>
/// The never-tuned planted set, <c>bench redaction --held15</c>: its names are in no list of <c>seeds/names</c> (read here word
/// by word, the English words too) and in no other set, held four to fourteen included, which are read here so its author never
/// had to; it plants them and its literals, every slot of its templates fills, and its misses are never printed.
/// </summary>
public sealed class HeldFifteenSetTests
{
    private static readonly string[] Names = [.. HeldFifteenTemplates.UnlistedFirst, .. HeldFifteenTemplates.UnlistedLast];

    // Its names have no joining words ("Ó", "Al"): every word of them counts.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Names_NoOtherSet_HasThem()
    {
        var others = HeldSetChecks.EarlierSetsNames(PlantedSetName.HeldFifteen);

        HeldSetChecks.AssertNoOtherSetHas(Names, Particles, others, 2000);
    }

    [Fact]
    public void Names_NoNameList_HasThem()
    {
        HeldSetChecks.AssertNoNameListHas(Names, Particles, []);
    }

    [Fact]
    public void Build_HeldFifteen_FillsEverySlotAndPlantsItsOwnNames()
    {
        // Its one planted literal name ("his mate {name=Gazza}") is its own too, listed or not.
        string[] literalNames = [.. HeldFifteenTemplates.Templates.SelectMany(t => Regex.Matches(t, @"\{name=([^{}]+)\}").Select(m => m.Groups[1].Value))];

        HeldSetChecks.AssertPlantsItsOwnNames(PlantedSetName.HeldFifteen, [.. Names, .. literalNames], @"\{(keep:|[A-Za-z_0-9:' \-]+\}|[a-z]+=)");
    }

    [Fact]
    public void Build_HeldFifteen_PlantsItsLiteralsAsWrittenUnderTheirKind()
    {
        var sources = PlantedSources.Load(TestPaths.Seeds);

        var items = new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed: 3, PlantedSetName.HeldFifteen).Build(sources.Comments, 2000);

        // A voicemail transcript writes the number in words; a text types letter O for zero.
        AssertPlanted(items, "call me back on oh seven seven double oh, nine double oh, three five two.", "oh seven seven double oh, nine double oh, three five two", "phone");
        AssertPlanted(items, "0n 07700 9OO 284 she has", "07700 9OO 284", "phone");
        AssertPlanted(items, "WhatsApp, +48 601 234 567, he", "+48 601 234 567", "phone");
        AssertPlanted(items, "Call me on 07700 900 371 (mob) or 01375 842 219 (home).", "01375 842 219 (home)", "phone");
        // A house name and lane, and a lower-case flat; the village after it is kept.
        AssertPlanted(items, "She lives at The Bungalow, Rookery Lane opposite", "The Bungalow, Rookery Lane", "address");
        AssertPlanted(items, "flat 6 kenning court, Chadwell St Mary, on", "flat 6 kenning court", "address");
        AssertPlanted(items, "flat 6 kenning court, Chadwell St Mary, on", "Chadwell St Mary", "keep");
        // All caps: the address, the town kept and the postcode apart.
        AssertPlanted(items, "41 CHURCH ROAD, CORRINGHAM SS17 9AJ", "41 CHURCH ROAD", "address");
        AssertPlanted(items, "41 CHURCH ROAD, CORRINGHAM SS17 9AJ", "CORRINGHAM", "keep");
        AssertPlanted(items, "41 CHURCH ROAD, CORRINGHAM SS17 9AJ", "SS17 9AJ", "postcode");
        AssertPlanted(items, "were in rm16 4xe now", "rm16 4xe", "postcode");
        AssertPlanted(items, "his mate Gazza from", "Gazza", "name");
        AssertPlanted(items, "d.o.b 4/7/52, lives", "4/7/52", "date of birth");
        AssertPlanted(items, "Date of birth: 1941-11-02;", "1941-11-02", "date of birth");
        AssertPlanted(items, "born 4th of july 1938 so", "4th of july 1938", "date of birth");
        AssertPlanted(items, "ni jt 48 21 93 b for", "jt 48 21 93 b", "NI number");
        AssertPlanted(items, "Ref for the GP: 508 023 0029.", "508 023 0029", "NHS number");
        AssertPlanted(items, "sort code 20 45 77, account 4102 9384.", "20 45 77", "bank details");
        AssertPlanted(items, "sort code 20 45 77, account 4102 9384.", "4102 9384", "bank details");
        AssertPlanted(items, "IBAN is GB29 NWBK 6016 1331 9268 19 as", "GB29 NWBK 6016 1331 9268 19", "bank details");
        AssertPlanted(items, "quote ref asc-448120 when", "asc-448120", "case reference");
        AssertPlanted(items, "Astra, KY17OWP, blocking", "KY17OWP", "vehicle registration");
        AssertPlanted(items, "Micra, P472 KJU, which", "P472 KJU", "vehicle registration");
        AssertPlanted(items, "my son's tomasz.k77@example.com", "tomasz.k77@example.com", "email");
        // A sent date in a forwarded email's header is no one's birthday: its month is kept.
        AssertPlanted(items, "Sent: 03 June 2025 09:14", "June", "keep");
    }

    [Fact]
    public async Task BenchRedaction_MissesOfHeldFifteen_AreRefused()
    {
        var cli = new CliRunner("Host=/nonexistent", TestPaths.TempDirectory("voicehub-cli-index"));

        var (code, stdout, stderr) = await cli.RunAsync("bench", "redaction", "--held15", "--misses");

        Assert.Equal(2, code);
        Assert.Equal("", stdout.Trim());
        Assert.Contains("--held15", stderr);
    }

    // Every item holding the words has the detail planted over exactly that text, under that kind.
    private static void AssertPlanted(List<PlantedItem> items, string words, string detail, string kind)
    {
        var holding = items.Where(i => i.Text.Contains(words, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(holding);
        Assert.All(holding, i => Assert.Contains(i.Details, d => d.Kind == kind && i.Text.Substring(d.Start, d.Length) == detail));
    }
}
