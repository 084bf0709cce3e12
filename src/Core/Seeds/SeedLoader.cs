using Microsoft.Extensions.Logging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Core.Text;

namespace VoiceHub.Core.Seeds;

/// <summary>Loads the demo council's localities, theme taxonomy and service-area lexicon from <c>seeds/</c>. Idempotent: safe on every start.</summary>
public sealed class SeedLoader(LocalityStore localities, ThemeStore themes, ServiceAreaStore serviceAreas, ILogger<SeedLoader> log)
{
    public async Task LoadAsync(string seedsDirectory, CancellationToken ct)
    {
        var localityFile = Path.Combine(seedsDirectory, "council", "localities.csv");
        var themeFile = Path.Combine(seedsDirectory, "data", "qdc-framework-v7.csv");
        var serviceAreaFile = Path.Combine(seedsDirectory, "service-areas.csv");
        var loadedLocalities = 0;
        var loadedAreas = 0;
        var loadedThemes = 0;

        if (File.Exists(localityFile))
        {
            foreach (var row in ReadTable(localityFile))
            {
                var name = row.GetValueOrDefault("name")?.Trim();
                if (string.IsNullOrEmpty(name)) continue;
                int? population = int.TryParse(row.GetValueOrDefault("population"), out var p) ? p : null;
                await localities.UpsertAsync(name, population, ct);
                loadedLocalities++;
            }
        }

        // The QDC labels are loaded until the council taxonomy has been applied once; from then on the themes are the
        // council's (the admin page), and a start never overwrites an admin's change.
        if (File.Exists(themeFile) && !await themes.IsMarkedAsync(ThemeStore.TaxonomyMark, ct))
        {
            foreach (var row in ReadTable(themeFile))
            {
                var name = row.GetValueOrDefault("label")?.Trim();
                // "Labelling not possible" is for blank answers, which VoiceHub never stores as items.
                if (string.IsNullOrEmpty(name) || name == "Labelling not possible") continue;
                await themes.UpsertAsync(name, row.GetValueOrDefault("category") ?? "", row.GetValueOrDefault("description") ?? "", ct);
                loadedThemes++;
            }
            var taxonomy = ReadTaxonomy(seedsDirectory);
            if (taxonomy.Count > 0 && await themes.ApplyTaxonomyAsync(taxonomy, ct))
                log.LogInformation("Council taxonomy applied: {Themes} themes; QDC themes outside it retired", taxonomy.Count);
        }
        if (File.Exists(serviceAreaFile))
        {
            foreach (var row in ReadTable(serviceAreaFile))
            {
                var name = row.GetValueOrDefault("name")?.Trim();
                if (string.IsNullOrEmpty(name)) continue;
                var keywords = (row.GetValueOrDefault("keywords") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                await serviceAreas.UpsertAsync(name, row.GetValueOrDefault("description")?.Trim() ?? "", keywords, ct);
                loadedAreas++;
            }
        }
        log.LogInformation("Seeds loaded from {Dir}: {Localities} localities, {Themes} themes, {Areas} service areas",
            seedsDirectory, loadedLocalities, loadedThemes, loadedAreas);
    }

    /// <summary>
    /// The council's themes (<c>seeds/themes/asc-themes.csv</c>) with the QDC labels that train each
    /// (<c>seeds/themes/qdc-mapping.csv</c>); empty when the files are missing.
    /// </summary>
    public static IReadOnlyList<ThemeSeed> ReadTaxonomy(string seedsDirectory)
    {
        var themeFile = Path.Combine(seedsDirectory, "themes", "asc-themes.csv");
        var mappingFile = Path.Combine(seedsDirectory, "themes", "qdc-mapping.csv");
        if (!File.Exists(themeFile)) return [];
        var mapping = File.Exists(mappingFile)
            ? ReadTable(mappingFile).Where(r => !string.IsNullOrWhiteSpace(r.GetValueOrDefault("theme")))
                .GroupBy(r => r["theme"].Trim(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r["qdc_label"].Trim()).ToArray(), StringComparer.Ordinal)
            : [];
        return ReadTable(themeFile)
            .Where(r => !string.IsNullOrWhiteSpace(r.GetValueOrDefault("name")))
            .Select(r => new ThemeSeed(r["name"].Trim(), r.GetValueOrDefault("public_name")?.Trim() ?? "",
                r.GetValueOrDefault("easy_read_name")?.Trim() ?? "", r.GetValueOrDefault("category")?.Trim() ?? "",
                r.GetValueOrDefault("description")?.Trim() ?? "",
                string.Equals(r.GetValueOrDefault("public")?.Trim(), "yes", StringComparison.OrdinalIgnoreCase),
                mapping.GetValueOrDefault(r["name"].Trim()) ?? []))
            .ToList();
    }

    /// <summary>Reads a CSV with a header row into dictionaries keyed by header.</summary>
    public static IEnumerable<Dictionary<string, string>> ReadTable(string path)
    {
        var records = CsvReader.Read(File.ReadAllText(path));
        if (records.Count == 0) yield break;
        var header = records[0].Fields;
        foreach (var record in records.Skip(1))
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Length && i < record.Fields.Length; i++) row[header[i].Trim()] = record.Fields[i];
            yield return row;
        }
    }
}
