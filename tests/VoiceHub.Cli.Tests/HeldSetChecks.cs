using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Cli.Tests;

/// <summary>What the held planted sets' tests check alike: the older sets' names, and a build.</summary>
internal static class HeldSetChecks
{
    /// <summary>The unlisted names of the sets written inside <see cref="PlantedSet"/>.</summary>
    public static IEnumerable<string> PlantedSetUnlistedNames() =>
        typeof(PlantedSet).GetFields(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(string[]) && f.Name.Contains("Unlisted", StringComparison.Ordinal))
            .SelectMany(f => (string[])f.GetValue(null)!);

    /// <summary>The held sets written in their own files, oldest first, with their unlisted first names and surnames.</summary>
    private static readonly (PlantedSetName Set, string[] First, string[] Last)[] HeldSets =
    [
        (PlantedSetName.HeldFour, HeldFourTemplates.UnlistedFirst, HeldFourTemplates.UnlistedLast),
        (PlantedSetName.HeldFive, HeldFiveTemplates.UnlistedFirst, HeldFiveTemplates.UnlistedLast),
        (PlantedSetName.HeldSix, HeldSixTemplates.UnlistedFirst, HeldSixTemplates.UnlistedLast),
        (PlantedSetName.HeldSeven, HeldSevenTemplates.UnlistedFirst, HeldSevenTemplates.UnlistedLast),
        (PlantedSetName.HeldEight, HeldEightTemplates.UnlistedFirst, HeldEightTemplates.UnlistedLast),
        (PlantedSetName.HeldNine, HeldNineTemplates.UnlistedFirst, HeldNineTemplates.UnlistedLast),
        (PlantedSetName.HeldTen, HeldTenTemplates.UnlistedFirst, HeldTenTemplates.UnlistedLast),
        (PlantedSetName.HeldEleven, HeldElevenTemplates.UnlistedFirst, HeldElevenTemplates.UnlistedLast),
        (PlantedSetName.HeldTwelve, HeldTwelveTemplates.UnlistedFirst, HeldTwelveTemplates.UnlistedLast),
        (PlantedSetName.HeldThirteen, HeldThirteenTemplates.UnlistedFirst, HeldThirteenTemplates.UnlistedLast),
        (PlantedSetName.HeldFourteen, HeldFourteenTemplates.UnlistedFirst, HeldFourteenTemplates.UnlistedLast),
        (PlantedSetName.HeldFifteen, HeldFifteenTemplates.UnlistedFirst, HeldFifteenTemplates.UnlistedLast),
    ];

    /// <summary>The unlisted names of every set written before <paramref name="set"/>: those inside <see cref="PlantedSet"/> and the held sets older than it.</summary>
    public static List<string> EarlierSetsNames(PlantedSetName set) =>
        [.. PlantedSetUnlistedNames(), .. HeldSets.TakeWhile(h => h.Set != set).SelectMany(h => h.First.Concat(h.Last))];

    /// <summary>
    /// Builds 2,000 items of <paramref name="set"/> and checks no slot is left unfilled (no match of
    /// <paramref name="unfilledSlot"/>), that its unlisted names are its own, and that it plants look-alikes and identifiers.
    /// </summary>
    public static void AssertPlantsItsOwnNames(PlantedSetName set, string[] names, string unfilledSlot)
    {
        var sources = PlantedSources.Load(TestPaths.Seeds);

        var items = new PlantedSet(sources.FirstNames, sources.Surnames, sources.NotNames, seed: 3, set).Build(sources.Comments, 2000);

        Assert.DoesNotContain(items, i => Regex.IsMatch(i.Text, unfilledSlot));
        var unlisted = items.SelectMany(i => i.Details.Where(d => d.Kind == "name" && !d.Listed).Select(d => i.Text.Substring(d.Start, d.Length))).ToList();
        Assert.True(unlisted.Count > 200, $"only {unlisted.Count} unlisted names planted");
        Assert.All(unlisted, n => Assert.Contains(names, held => n.Contains(held, StringComparison.OrdinalIgnoreCase)));
        Assert.True(items.Sum(i => i.Details.Count(d => d.Kind == "keep")) > 300);
        Assert.True(items.Sum(i => i.Details.Count(d => d.Kind is not ("name" or "keep"))) > 200);
    }

    /// <summary>A name's words, its joining words (<paramref name="particles"/>) left out: "Ó Duibhir" → "Duibhir".</summary>
    public static IEnumerable<string> Words(string name, HashSet<string> particles) =>
        name.Split(' ', '-', '\'').Where(w => w.Length > 0 && !particles.Contains(w));

    /// <summary>The name without accents ("Przybyłowicz" → "Przybylowicz"); "ł", which does not decompose, becomes "l", and "ı" "i".</summary>
    public static string Plain(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c switch { 'ł' => 'l', 'Ł' => 'L', 'ı' => 'i', _ => c });
        }
        return sb.ToString();
    }

    /// <summary>
    /// No word of a held set's names is a word of <paramref name="others"/> (at least <paramref name="atLeast"/> names of the
    /// other sets, read here so no author had to), and none is given twice. A failure names only the set's own names.
    /// </summary>
    public static void AssertNoOtherSetHas(string[] names, HashSet<string> particles, IReadOnlyCollection<string> others, int atLeast)
    {
        var otherWords = others.SelectMany(n => Words(n, particles)).Select(Plain).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(others.Count > atLeast, $"only {others.Count} names of the other sets found");
        var clash = names.Where(n => Words(n, particles).Any(w => otherWords.Contains(Plain(w)))).ToList();
        Assert.True(clash.Count == 0, "in another set too: " + string.Join(", ", clash));
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>
    /// No word of a held set's names is in a list of <c>seeds/names</c> (every word of every list, accents removed), but
    /// those of <paramref name="addedSince"/>: names the lists took after the set was written, by an engineer who never
    /// read it. A failure names only the set's own names.
    /// </summary>
    public static void AssertNoNameListHas(string[] names, HashSet<string> particles, string[] addedSince)
    {
        var listed = Directory.EnumerateFiles(Path.Combine(TestPaths.Seeds, "names"), "*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal))
            .SelectMany(File.ReadLines)
            .Where(l => !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', '-', '\'', '\t'))
            .Where(w => w.Length > 0)
            .Select(Plain)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(listed.Count > 100_000, $"only {listed.Count} listed words read");
        var clash = names.Where(n => Words(n, particles).Any(w => listed.Contains(Plain(w)))).Except(addedSince).ToList();
        Assert.True(clash.Count == 0, "in a list of seeds/names: " + string.Join(", ", clash));
    }
}
