using System.Text;
using VoiceHub.Core.Model;
using VoiceHub.Search.Facets;
using VoiceHub.Search.Queries;
using System.Globalization;

namespace VoiceHub.Search.Export;

/// <summary>
/// A result set as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads it): redacted text and its fields only.
/// A cell that a spreadsheet would run as a formula (starting <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return, also behind a byte-order mark, zero-width characters or spaces, or in full-width form) is prefixed with an
/// apostrophe, so opening an export can never run something a member of the public typed.
/// </summary>
public static class SearchCsv
{
    public static readonly string[] Header =
        ["Reference", "Date", "Locality", "Channel", "Themes", "Service areas", "Sentiment", "Question", "What they said", "Link"];

    public static async Task WriteAsync(TextWriter writer, IEnumerable<SearchHit> hits, Func<SearchHit, string> link, CancellationToken ct)
    {
        await writer.WriteAsync(Row(Header).AsMemory(), ct);
        foreach (var h in hits)
        {
            ct.ThrowIfCancellationRequested();
            await writer.WriteAsync(Row(
            [
                h.Reference,
                h.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                h.Locality ?? "",
                h.Channel is null ? "" : Channels.DisplayNameOf(h.Channel),
                string.Join("; ", h.Themes),
                string.Join("; ", h.ServiceAreas),
                h.Sentiment is { } s ? FacetLabels.Label(FacetCatalog.Sentiment, IndexSchema.SentimentBand(s)!) : "",
                h.Context ?? "",
                h.Text,
                link(h),
            ]).AsMemory(), ct);
        }
    }

    public static string Row(IEnumerable<string> cells) => string.Join(',', cells.Select(Cell)) + "\r\n";

    /// <summary>One cell: neutralised if it could start a formula, then quoted if it holds a comma, quote or line break.</summary>
    public static string Cell(string value)
    {
        if (CouldStartFormula(value)) value = "'" + value;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value) sb.Append(c == '"' ? "\"\"" : c);
        return sb.Append('"').ToString();
    }

    /// <summary>
    /// True when a spreadsheet might read the cell as a formula. Looks past what it may skip or fold before deciding:
    /// invisible format characters (a byte-order mark, zero-width spaces and joiners) and spaces, and compatibility
    /// forms a spreadsheet may fold to ASCII: <c>"\uFEFF=1+1"</c>, <c>"\u200B@SUM(A1)"</c> and the full-width
    /// <c>"＝1+1"</c> (U+FF1D) all count, as <c>"=1+1"</c> does.
    /// </summary>
    private static bool CouldStartFormula(string value)
    {
        if (value.Length > 0 && value[0] is '\t' or '\r') return true;
        foreach (var c in value)
        {
            if (c == ' ' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.SpaceSeparator) continue;
            var folded = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormKC);
            return folded.Length > 0 && folded[0] is '=' or '+' or '-' or '@';
        }
        return false;
    }
}
