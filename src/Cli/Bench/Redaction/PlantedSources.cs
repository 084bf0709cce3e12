using VoiceHub.Core.Seeds;

namespace VoiceHub.Cli.Bench.Redaction;

/// <summary>What the planted set is made from, read from <c>seeds/</c>: real comments, the name lists, and the words that are not names.</summary>
public sealed record PlantedSources(IReadOnlyList<string> Comments, IReadOnlyList<string> FirstNames, IReadOnlyList<string> Surnames, IReadOnlySet<string> NotNames)
{
    public static PlantedSources Load(string seedsDirectory)
    {
        var comments = SeedLoader.ReadTable(Path.Combine(seedsDirectory, "data", "patient-feedback-labelled.csv"))
            .Select(r => r.GetValueOrDefault("text")?.Trim() ?? "")
            .Where(t => t.Length is >= 20 and <= 600)
            .ToList();
        var notNames = new HashSet<string>(Lines(seedsDirectory, "redaction", "weak-names.txt").Concat(Lines(seedsDirectory, "redaction", "keep.txt")),
            StringComparer.OrdinalIgnoreCase);
        return new PlantedSources(comments, Lines(seedsDirectory, "names", "first-names.txt"), Lines(seedsDirectory, "names", "surnames.txt"), notNames);
    }

    private static List<string> Lines(string seeds, string folder, string file) =>
        File.ReadLines(Path.Combine(seeds, folder, file)).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
}
