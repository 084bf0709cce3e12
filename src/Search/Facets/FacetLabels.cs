using System.Globalization;
using VoiceHub.Core.Model;

namespace VoiceHub.Search.Facets;

/// <summary>How facet values are shown: channel names, months in words, sentiment bands in plain English.</summary>
public static class FacetLabels
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Label(FacetDefinition facet, string value) => facet.Key switch
    {
        "channel" => Channels.DisplayNameOf(value),
        "month" => DateTime.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            ? m.ToString("MMMM yyyy", EnGb)
            : value,
        "sentiment" => value switch
        {
            "positive" => "Positive",
            "neutral" => "Neutral or mixed",
            "negative" => "Negative",
            _ => value,
        },
        _ => value,
    };

    /// <summary>Orders a facet's values for showing: sentiment from positive to negative, months newest first, others by count.</summary>
    public static IEnumerable<FacetValue> Order(FacetDefinition facet, IEnumerable<FacetValue> values) => facet.Key switch
    {
        "sentiment" => values.OrderBy(v => v.Value switch { "positive" => 0, "neutral" => 1, "negative" => 2, _ => 3 }),
        "month" => values.OrderByDescending(v => v.Value, StringComparer.Ordinal),
        _ => values.OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.OrdinalIgnoreCase),
    };
}
