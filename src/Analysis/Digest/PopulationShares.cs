using System.Globalization;
using System.Text.RegularExpressions;
using VoiceHub.Core.Seeds;
using VoiceHub.Core.Text;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Reads <c>seeds/council/population-shares.csv</c> (columns <c>dimension,group,share,matches,note</c>) and places a
/// survey answer in one of its groups. A council replaces the demo's illustrative figures with its own (Census 2021
/// tables for its area) and restarts; nothing else changes.
/// </summary>
public static partial class PopulationShares
{
    public const string FileName = "population-shares.csv";

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["ageBand"] = "Age band",
        ["carer"] = "Carers",
        ["ethnicity"] = "Ethnicity",
        ["disability"] = "Disability",
        ["sex"] = "Sex",
    };

    /// <exception cref="FormatException">A row lacks a field or has a share that is not a number from 0 to 1; the message names the file and row.</exception>
    public static IReadOnlyList<PopulationShare> Load(string seedsDirectory)
    {
        var path = Path.Combine(seedsDirectory, "council", FileName);
        if (!File.Exists(path)) return [];
        var shares = new List<PopulationShare>();
        var row = 1;
        try
        {
            foreach (var r in SeedLoader.ReadTable(path))
            {
                row++;
                var dimension = r.GetValueOrDefault("dimension")?.Trim() ?? "";
                var group = r.GetValueOrDefault("group")?.Trim() ?? "";
                if (!Labels.ContainsKey(dimension))
                    throw new FormatException($"{FileName}, row {row}: dimension \"{dimension}\" is not one of {string.Join(", ", Labels.Keys)}.");
                if (group.Length == 0) throw new FormatException($"{FileName}, row {row}: the group is empty.");
                if (!double.TryParse(r.GetValueOrDefault("share"), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1)
                    throw new FormatException($"{FileName}, row {row}: share \"{r.GetValueOrDefault("share")}\" must be a number from 0 to 1, like 0.18.");
                var matches = (r.GetValueOrDefault("matches") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(m => m.ToLowerInvariant()).ToList();
                if (matches.Count == 0) throw new FormatException($"{FileName}, row {row}: matches is empty; list the answers that fall in \"{group}\".");
                shares.Add(new PopulationShare(dimension, group, share, matches, r.GetValueOrDefault("note")?.Trim() ?? ""));
            }
        }
        catch (CsvFormatException e)
        {
            throw new FormatException($"{FileName}: {e.Message}", e);
        }
        return shares;
    }

    /// <summary>The group an answer falls in (the first that matches, in file order), or null.</summary>
    public static PopulationShare? Place(string answer, IEnumerable<PopulationShare> groups)
    {
        var a = answer.Trim().ToLowerInvariant();
        var firstNumber = FirstNumber().Match(a);
        foreach (var g in groups)
        {
            foreach (var m in g.Matches)
            {
                var range = Range().Match(m);
                if (range.Success)
                {
                    if (firstNumber.Success && int.TryParse(firstNumber.Value, CultureInfo.InvariantCulture, out var n)
                        && n >= int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) && n <= int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture)) return g;
                    continue;
                }
                if (a == m || (a.StartsWith(m, StringComparison.Ordinal) && !char.IsLetter(a[m.Length]))) return g;
            }
        }
        return null;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^(\d+)\s*-\s*(\d+)$")]
    private static partial Regex Range();
}
