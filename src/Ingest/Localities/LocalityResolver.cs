using System.Text.RegularExpressions;
using VoiceHub.Core.Model;
using VoiceHub.Core.Seeds;

namespace VoiceHub.Ingest.Localities;

/// <summary>
/// Places an item in a locality by, in order: a locality the source names (a mapped column or form field), the
/// postcode's district in the council's map, or a place name from the council's gazetteer found in the text.
/// Records which rule decided; leaves it unknown rather than guess.
/// </summary>
public sealed partial class LocalityResolver
{
    public const string ByColumn = "column";
    public const string ByPostcode = "postcode";
    public const string ByGazetteer = "gazetteer";

    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _byDistrict = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Regex Pattern, int LocalityId)> _places = [];

    public LocalityResolver(IReadOnlyList<Locality> localities, string seedsDirectory)
    {
        foreach (var l in localities) _byName[Normalise(l.Name)] = l.Id;
        var file = Path.Combine(seedsDirectory, "council", "localities.csv");
        if (!File.Exists(file)) return;
        var places = new List<(string Place, int Id)>();
        foreach (var row in SeedLoader.ReadTable(file))
        {
            if (!_byName.TryGetValue(Normalise(row.GetValueOrDefault("name") ?? ""), out var id)) continue;
            foreach (var district in Split(row.GetValueOrDefault("postcode_districts"))) _byDistrict[district.ToUpperInvariant()] = id;
            foreach (var place in Split(row.GetValueOrDefault("places")))
            {
                places.Add((place, id));
                _byName.TryAdd(Normalise(place), id);
            }
        }
        // Longest names first, so "East Tilbury" wins over "Tilbury".
        foreach (var (place, id) in places.OrderByDescending(p => p.Place.Length))
        {
            var words = Regex.Escape(place.Replace('-', ' ')).Replace(@"\ ", @"[\s\-]+");
            _places.Add((new Regex($@"(?<![\w-]){words}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), id));
        }
    }

    public (int? LocalityId, string? Rule) Resolve(string? namedLocality, string? postcode, string text)
    {
        if (!string.IsNullOrWhiteSpace(namedLocality) && _byName.TryGetValue(Normalise(namedLocality), out var named)) return (named, ByColumn);
        if (District(postcode) is { } district && _byDistrict.TryGetValue(district, out var byPostcode)) return (byPostcode, ByPostcode);
        // Longest names first, each match blanked out, so "East Tilbury" is not also read as "Tilbury".
        var found = new HashSet<int>();
        var rest = text;
        foreach (var (pattern, id) in _places)
        {
            var blanked = pattern.Replace(rest, m => new string(' ', m.Length));
            if (!ReferenceEquals(blanked, rest) && blanked != rest) found.Add(id);
            rest = blanked;
        }
        if (found.Count == 1) return (found.First(), ByGazetteer);
        // Text naming places in two localities is about both or neither: leave it unknown.
        return (null, null);
    }

    /// <summary>The outward code of a full or partial UK postcode: "rm17 6sl" → "RM17".</summary>
    public static string? District(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode)) return null;
        var m = OutwardPattern().Match(postcode.Trim().ToUpperInvariant());
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string Normalise(string name) => string.Join(' ', name.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Split(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^([A-Z]{1,2}\d[A-Z\d]?)(?:\s*\d[A-Z]{2})?$")]
    private static partial Regex OutwardPattern();
}
