using System.Globalization;
using System.Text.RegularExpressions;
using VoiceHub.Ingest.Parsers.Documents;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// A report from a voluntary or community sector organisation (PDF or Word), with its organisation and reporting period
/// given on upload. Each paragraph is a passage; speech in quotation marks is taken out as its own item, marked as a
/// direct quote, because a person's own words are the strongest evidence. Headings become the passages' context;
/// contents pages, running headers and footers and page numbers were already left out by the readers.
/// </summary>
public static partial class VcsReportParser
{
    public static readonly string[] Required = [UploadDetails.Organisation, UploadDetails.Period];

    private const int MinPassageWords = 6;
    private const int MinQuoteWords = 4;

    public static ParseResult Parse(IReadOnlyList<TextBlock> blocks, string fileName, UploadDetails details, IngestLimits limits)
    {
        var missing = Required.Where(k => details.Field(k) is null).ToList();
        if (missing.Count > 0) return new ParseResult { Missing = missing };
        var organisation = details.Field(UploadDetails.Organisation)!;
        var period = details.Field(UploadDetails.Period)!;
        var occurredOn = PeriodEnd(period);

        var items = new List<ParsedItem>();
        var warnings = new List<string>();
        string? heading = null;
        var inContents = false;
        var passage = 0;
        foreach (var block in blocks)
        {
            var text = block.Text.Trim();
            if (block.Kind == BlockKind.Heading)
            {
                inContents = ContentsPattern().IsMatch(text);
                if (!inContents) heading = text;
                continue;
            }
            if (inContents && ContentsEntryPattern().IsMatch(text)) continue;
            inContents = false;
            if (block.Kind == BlockKind.TableRow) text = string.Join(" ", block.Cells.Where(c => c.Length > 0));
            if (text.Length > limits.MaxCellLength)
            {
                warnings.Add($"{fileName}: a passage{(block.Page is { } pg ? $" on page {pg}" : "")} is longer than {limits.MaxCellLength:N0} characters; left out.");
                continue;
            }

            passage++;
            var metadata = new Dictionary<string, string> { ["organisation"] = organisation, ["period"] = period };
            if (block.Page is { } page) metadata["page"] = page.ToString(CultureInfo.InvariantCulture);
            if (heading is not null) metadata["section"] = heading;
            var context = heading is null ? $"{organisation} report, {period}" : $"{organisation} report, {period}: {heading}";

            var quotes = QuotePattern().Matches(text).Where(m => WordCount(m.Groups["q"].Value) >= MinQuoteWords).ToList();
            var rest = text;
            foreach (var q in quotes)
            {
                var said = q.Groups["q"].Value.Trim();
                items.Add(Item(said, context, occurredOn, new Dictionary<string, string>(metadata) { ["directQuote"] = "true" }, passage,
                    $"vcs-report\u001e{organisation}\u001e{period}\u001equote\u001e{said}"));
                rest = rest.Replace(q.Value, "…", StringComparison.Ordinal);
            }
            // What is left around the quotes ("One carer told us …") is kept when it says something itself.
            if (WordCount(rest.Replace("…", "", StringComparison.Ordinal)) >= MinPassageWords)
            {
                items.Add(Item(rest, context, occurredOn, metadata, passage, $"vcs-report\u001e{organisation}\u001e{period}\u001e{rest}"));
            }
        }
        if (items.Count == 0) warnings.Add($"{fileName}: no passages of {MinPassageWords} words or more were found.");
        return new ParseResult { Items = items, Warnings = warnings };
    }

    private static ParsedItem Item(string text, string context, DateOnly? on, Dictionary<string, string> metadata, int passage, string key) => new()
    {
        Text = text,
        Context = context,
        OccurredOn = on,
        Metadata = metadata,
        RowNo = passage,
        IdentityKey = key,
    };

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The last date a period names ("1 April to 30 June 2026" → 30 June 2026; "April – June 2026" → 30 June 2026).</summary>
    public static DateOnly? PeriodEnd(string period)
    {
        DateOnly? last = null;
        foreach (Match m in PeriodDatePattern().Matches(period))
        {
            if (UkDates.TryParse(m.Value, out var d)) last = d;
            else if (DateTime.TryParseExact(m.Value, ["MMMM yyyy", "MMM yyyy"], CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var month))
            {
                last = DateOnly.FromDateTime(month).AddMonths(1).AddDays(-1);
            }
        }
        return last;
    }

    // “curly”, "straight" or ‘single’ quotation marks around speech.
    [GeneratedRegex("[\u201C\"](?<q>[^\u201C\u201D\"]{8,}?)[\u201D\"]|(?<![A-Za-z])\u2018(?<q>[^\u2018\u2019]{8,}?)\u2019(?![A-Za-z])")]
    private static partial Regex QuotePattern();

    [GeneratedRegex(@"^(?:table of )?contents$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsPattern();

    [GeneratedRegex(@"(?:\.{3,}|\s)\d{1,3}$")]
    private static partial Regex ContentsEntryPattern();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2} [A-Za-z]{3,9} \d{4}|[A-Za-z]{3,9} \d{4}")]
    private static partial Regex PeriodDatePattern();
}
