using VoiceHub.Analysis.Training;

namespace VoiceHub.Analysis.Themes;

/// <summary>
/// Reads the labelled file's QDC labels as the council's themes (<c>themes.qdc_labels</c>, seeded from
/// <c>seeds/themes/qdc-mapping.csv</c>): a label trains every active theme that lists it; a label no theme lists trains
/// the active theme of that name, if any; otherwise nothing. A row left with no theme is dropped.
/// </summary>
public static class CouncilLabels
{
    public static IReadOnlyList<LabelledRow> Map(IEnumerable<LabelledRow> rows, IReadOnlyDictionary<string, string[]> mapping,
        IReadOnlySet<string> activeThemes) =>
        rows.Select(r => r with { Labels = Map(r.Labels, mapping, activeThemes) })
            .Where(r => r.Labels.Count > 0)
            .ToList();

    public static IReadOnlyList<string> Map(IReadOnlyList<string> labels, IReadOnlyDictionary<string, string[]> mapping,
        IReadOnlySet<string> activeThemes) =>
        labels.SelectMany(l => mapping.TryGetValue(l, out var themes) ? themes : activeThemes.Contains(l) ? [l] : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
