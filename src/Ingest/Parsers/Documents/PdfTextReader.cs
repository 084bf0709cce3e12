using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>
/// Reads a PDF's text layer into paragraphs, page by page, leaving out what is not the report's words: running
/// headers and footers (a line repeated at the top or bottom of most pages), page numbers, and contents pages.
/// Refuses an encrypted PDF, one with more pages than the limit, one with no text layer (a scan), one whose
/// compressed parts unpack past their limits (<see cref="PdfStreamBudget"/>), and one with more text than
/// <see cref="IngestLimits.MaxExtractedTextBytes"/> (counted page by page, so reading stops at the page that passes it).
/// </summary>
public static partial class PdfTextReader
{
    public static (List<TextBlock> Blocks, string? Error) Read(byte[] bytes, string fileName, IngestLimits limits)
    {
        var budget = new PdfStreamBudget(limits, fileName);
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { FilterProvider = budget });
            if (pdf.IsEncrypted) return ([], Encrypted(fileName));
            if (pdf.NumberOfPages > limits.MaxPdfPages)
            {
                return ([], $"{fileName} has {pdf.NumberOfPages:N0} pages, more than the {limits.MaxPdfPages:N0} VoiceHub reads. Split it into smaller files.");
            }

            var pages = new List<List<Line>>();
            var letters = 0;
            long text = 0;
            for (var n = 1; n <= pdf.NumberOfPages; n++)
            {
                var page = pdf.GetPage(n);
                if (budget.Exceeded is { } refused) return ([], refused);
                var lines = Lines(page.GetWords().Select(w => (w.Text, w.BoundingBox)));
                letters += lines.Sum(l => l.Text.Count(char.IsLetterOrDigit));
                text += lines.Sum(l => (long)l.Text.Length);
                if (text > limits.MaxExtractedTextBytes) return ([], Parsers.TextLimit.Reached(fileName, limits));
                pages.Add(lines);
            }
            if (letters < 20)
            {
                return ([], $"{fileName} has no text in it that VoiceHub can read: it looks like a scan. " +
                            "Ask the organisation for the report as a Word document or a PDF saved from it.");
            }
            return (Blocks(pages), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ([], Encrypted(fileName));
        }
        // PdfPig throws more than its own format exception on a damaged file (found by fuzzing: index and argument
        // faults from broken cross-references); to staff they all mean this PDF cannot be read. Running out of memory is
    // not the file's format but its size: it is left to end the parsing process, whose host names the memory limit.
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            return ([], budget.Exceeded ?? $"{fileName} is not a PDF VoiceHub can read ({e.Message}).");
        }
    }

    private static string Encrypted(string fileName) =>
        $"{fileName} is encrypted or password-protected, so VoiceHub cannot read it. Ask for a copy without a password.";

    private sealed record Line(string Text, double Top, double Bottom, double Left);

    /// <summary>Words on (nearly) the same baseline make a line, read top to bottom, left to right.</summary>
    private static List<Line> Lines(IEnumerable<(string Text, PdfRectangle Box)> words)
    {
        var lines = new List<(double Bottom, List<(string Text, PdfRectangle Box)> Words)>();
        foreach (var w in words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.Box.Bottom).ThenBy(w => w.Box.Left))
        {
            var tolerance = Math.Max(2, w.Box.Height * 0.4);
            var line = lines.FindIndex(l => Math.Abs(l.Bottom - w.Box.Bottom) <= tolerance);
            if (line < 0) lines.Add((w.Box.Bottom, [w]));
            else lines[line].Words.Add(w);
        }
        return lines
            .Select(l => l.Words.OrderBy(w => w.Box.Left).ToList())
            .Select(ws => new Line(string.Join(' ', ws.Select(w => w.Text)), ws.Max(w => w.Box.Top), ws.Min(w => w.Box.Bottom), ws.Min(w => w.Box.Left)))
            .OrderByDescending(l => l.Bottom)
            .ToList();
    }

    private static List<TextBlock> Blocks(List<List<Line>> pages)
    {
        // A running header or footer: the first or last line of a page, the same (digits aside) on most pages.
        var edges = new Dictionary<string, int>();
        foreach (var lines in pages.Where(p => p.Count > 0))
        {
            foreach (var edge in new[] { lines[0], lines[^1] }.Distinct()) edges[Normalise(edge.Text)] = edges.GetValueOrDefault(Normalise(edge.Text)) + 1;
        }
        var running = pages.Count >= 2 ? edges.Where(e => e.Value >= Math.Max(2, pages.Count / 2.0)).Select(e => e.Key).ToHashSet() : [];

        var blocks = new List<TextBlock>();
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p].Where((l, i) => !PageNumberPattern().IsMatch(l.Text.Trim())
                                                 && !((i == 0 || i == pages[p].Count - 1) && running.Contains(Normalise(l.Text)))).ToList();
            if (IsContentsPage(lines)) continue;
            var paragraph = new List<Line>();
            void Flush()
            {
                if (paragraph.Count == 0) return;
                var text = string.Join(' ', paragraph.Select(l => l.Text)).Trim();
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                // A short line standing alone without a full stop is a heading.
                var kind = paragraph.Count == 1 && words <= 10 && !text.EndsWith('.') && !text.EndsWith('"') && !text.EndsWith('\u201D') ? BlockKind.Heading : BlockKind.Paragraph;
                blocks.Add(new TextBlock(kind, text, kind == BlockKind.Heading ? 2 : 0, p + 1));
                paragraph.Clear();
            }
            for (var i = 0; i < lines.Count; i++)
            {
                if (paragraph.Count > 0)
                {
                    var previous = paragraph[^1];
                    var height = Math.Max(1, previous.Top - previous.Bottom);
                    var gap = previous.Bottom - lines[i].Top;
                    if (gap > height * 0.9) Flush();
                }
                paragraph.Add(lines[i]);
            }
            Flush();
        }
        return blocks;
    }

    private static bool IsContentsPage(List<Line> lines)
    {
        if (lines.Count == 0) return false;
        if (lines.Take(3).Any(l => ContentsTitlePattern().IsMatch(l.Text.Trim()))) return true;
        var withPageNumbers = lines.Count(l => ContentsEntryPattern().IsMatch(l.Text));
        return lines.Count >= 4 && withPageNumbers >= lines.Count * 0.6;
    }

    private static string Normalise(string line) => DigitsPattern().Replace(line.Trim().ToLowerInvariant(), "#");

    [GeneratedRegex(@"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberPattern();

    [GeneratedRegex(@"^(?:table of )?contents$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsTitlePattern();

    [GeneratedRegex(@"(?:\.{3,}|\s{2,}|\s)\d{1,3}\s*$")]
    private static partial Regex ContentsEntryPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsPattern();
}
