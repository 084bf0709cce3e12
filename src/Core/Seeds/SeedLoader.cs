using Microsoft.Extensions.Logging;
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

        if (File.Exists(themeFile))
        {
            foreach (var row in ReadTable(themeFile))
            {
                var name = row.GetValueOrDefault("label")?.Trim();
                // "Labelling not possible" is for blank answers, which VoiceHub never stores as items.
                if (string.IsNullOrEmpty(name) || name == "Labelling not possible") continue;
                await themes.UpsertAsync(name, row.GetValueOrDefault("category") ?? "", row.GetValueOrDefault("description") ?? "", ct);
                loadedThemes++;
            }
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
