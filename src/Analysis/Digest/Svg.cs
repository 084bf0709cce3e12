using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Small charts drawn as inline SVG on the server (no script, no charting library). Each is an image with a text
/// alternative (<c>role="img"</c>, <c>aria-label</c>) and is always shown beside a table of the same figures, which is
/// what screen readers and printouts rely on. Flagged weeks are marked by colour and a triangle above the bar, never colour alone.
/// </summary>
public static class Svg
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="counts">One bar per week, oldest first.</param>
    /// <param name="flagged">Which bars to mark as flagged weeks.</param>
    /// <param name="label">What the chart shows, for its text alternative.</param>
    public static string Bars(IReadOnlyList<int> counts, IReadOnlyList<bool> flagged, string label, int width = 240, int height = 48, double? expected = null)
    {
        var max = Math.Max(1, Math.Max(counts.DefaultIfEmpty(0).Max(), (int)Math.Ceiling(expected ?? 0)));
        var step = counts.Count == 0 ? width : width / (double)counts.Count;
        var bar = Math.Max(1, step * 0.75);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 -8 {width} {height + 10}\" width=\"{width}\" height=\"{height + 10}\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" focusable=\"false\">");
        for (var i = 0; i < counts.Count; i++)
        {
            var h = counts[i] == 0 ? 1 : Math.Max(2, counts[i] / (double)max * height);
            var x = i * step + (step - bar) / 2;
            var y = height - h;
            var mark = i < flagged.Count && flagged[i];
            sb.Append(Invariant, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\" class=\"{(mark ? "app-chart__bar app-chart__bar--flagged" : "app-chart__bar")}\" fill=\"{(mark ? "#d4351c" : "#1d70b8")}\"/>");
            // A triangle over a flagged week: the mark is a shape as well as a colour.
            if (mark) sb.Append(Invariant, $"<path d=\"M{x + bar / 2 - 4:0.#} {y - 7:0.#} h8 l-4 6 z\" fill=\"#0b0c0c\"/>");
        }
        if (expected is { } e && e > 0)
        {
            var y = height - e / max * height;
            sb.Append(Invariant, $"<line x1=\"0\" x2=\"{width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#0b0c0c\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>");
        }
        sb.Append(Invariant, $"<line x1=\"0\" x2=\"{width}\" y1=\"{height + 1}\" y2=\"{height + 1}\" stroke=\"#505a5f\" stroke-width=\"1\"/>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>A single horizontal bar for a rate against a reference (the council average), for tables.</summary>
    public static string Meter(double value, double reference, string label, int width = 160)
    {
        var max = Math.Max(value, reference) * 1.1;
        if (max <= 0) max = 1;
        var w = value / max * width;
        var r = reference / max * width;
        return string.Create(Invariant, $"<svg class=\"app-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} 16\" width=\"{width}\" height=\"16\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" focusable=\"false\"><rect x=\"0\" y=\"3\" width=\"{w:0.#}\" height=\"10\" fill=\"#1d70b8\"/><line x1=\"{r:0.#}\" x2=\"{r:0.#}\" y1=\"0\" y2=\"16\" stroke=\"#0b0c0c\" stroke-width=\"2\"/></svg>");
    }
}
