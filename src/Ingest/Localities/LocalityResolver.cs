using System.Text.RegularExpressions;
using VoiceHub.Core.Model;
using VoiceHub.Core.Seeds;

namespace VoiceHub.Ingest.Localities;

/// <summary>
/// Places an item in a locality by, in order: a locality the source names (a mapped column or form field), the
/// postcode's district in the council's map, or a place name from the council's gazetteer found in the text.
/// Records which rule decided; leaves it unknown rather than guess. Thread-safe once built.
/// </summary>
public sealed partial class LocalityResolver
{
    public const string ByColumn = "column";
    public const string ByPostcode = "postcode";
    public const string ByGazetteer = "gazetteer";

    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byDistrict = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byPlace = new(StringComparer.OrdinalIgnoreCase);
    private readonly Regex? _places;

    public LocalityResolver(IReadOnlyList<Locality> localities, string seedsDirectory)
    {
        foreach (var l in localities) _byName[Normalise(l.Name)] = l.Id;
        var file = Path.Combine(seedsDirectory, "council", "localities.csv");
        if (!File.Exists(file)) return;
        var places = new List<string>();
        foreach (var row in SeedLoader.ReadTable(file))
        {
            if (!_byName.TryGetValue(Normalise(row.GetValueOrDefault("name") ?? ""), out var id)) continue;
            foreach (var district in Split(row.GetValueOrDefault("postcode_districts"))) _byDistrict[district.ToUpperInvariant()] = id;
            foreach (var place in Split(row.GetValueOrDefault("places")))
            {
                places.Add(place);
                _byPlace.TryAdd(Normalise(place), id);
                _byName.TryAdd(Normalise(place), id);
            }
        }
        if (places.Count == 0) return;
        // One pattern for the whole gazetteer, longest names first: at any position the longest place wins, so
        // "East Tilbury" is read as itself and not also as "Tilbury". One scan per item instead of one per place.
        var alternatives = places.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p.Replace('-', ' ')).Replace(@"\ ", @"[\s\-]+"));
        _places = new Regex($@"(?<![\w-])(?:{string.Join('|', alternatives)})(?![\w-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public (int? LocalityId, string? Rule) Resolve(string? namedLocality, string? postcode, string text)
    {
        if (ResolveName(namedLocality) is { } named) return (named, ByColumn);
        if (District(postcode) is { } district && _byDistrict.TryGetValue(district, out var byPostcode)) return (byPostcode, ByPostcode);
        if (_places is null || text.Length == 0) return (null, null);
        int? found = null;
        for (var m = _places.Match(text); m.Success; m = m.NextMatch())
        {
            var id = _byPlace[Normalise(m.Value)];
            // Text naming places in two localities is about both or neither: leave it unknown.
            if (found is { } other && other != id) return (null, null);
            found = id;
        }
        return found is null ? (null, null) : (found, ByGazetteer);
    }

    /// <summary>The locality a name means (a locality's own name or one of its places), or null.</summary>
    public int? ResolveName(string? name) =>
        !string.IsNullOrWhiteSpace(name) && _byName.TryGetValue(Normalise(name), out var id) ? id : null;

    /// <summary>The outward code of a full or partial UK postcode: "rm17 6sl" → "RM17".</summary>
    public static string? District(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode)) return null;
        var m = OutwardPattern().Match(postcode.Trim().ToUpperInvariant());
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.Replace('-', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^([A-Z]{1,2}\d[A-Z\d]?)(?:\s*\d[A-Z]{2})?$")]
    private static partial Regex OutwardPattern();
}
