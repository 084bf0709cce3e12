using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace VoiceHub.Cli.Samples;

/// <summary>
/// Writes a report-like PDF with PdfPig's builder (Apache-2.0): A4, a running header and "Page N of M" footer on every
/// page, headings and wrapped paragraphs. Pages are given by the caller, so a contents page can come first.
/// </summary>
public static class PdfWriter
{
    public sealed record Block(bool Heading, string Text);

    private const double Left = 56, Top = 780, Bottom = 70, Width = 483, Size = 11, Leading = 15;

    public static byte[] Write(string runningHeader, IReadOnlyList<IReadOnlyList<Block>> pages)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        // Lay the blocks out first, so long pages flow on and the footer knows the page count.
        var laidOut = new List<List<(double Y, string Text, bool Bold, double Size)>>();
        foreach (var blocks in pages)
        {
            var lines = new List<(double, string, bool, double)>();
            var y = Top;
            foreach (var block in blocks)
            {
                var size = block.Heading ? 14 : Size;
                foreach (var line in Wrap(block.Text, block.Heading ? 60 : 88))
                {
                    if (y < Bottom)
                    {
                        laidOut.Add(lines);
                        lines = [];
                        y = Top;
                    }
                    lines.Add((y, line, block.Heading, size));
                    y -= block.Heading ? 20 : Leading;
                }
                y -= block.Heading ? 6 : 12; // the gap that ends a paragraph
            }
            laidOut.Add(lines);
        }
        for (var p = 0; p < laidOut.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(runningHeader, 9, new PdfPoint(Left, 810), regular);
            foreach (var (y, text, isBold, size) in laidOut[p]) page.AddText(text, size, new PdfPoint(Left, y), isBold ? bold : regular);
            page.AddText($"Page {p + 1} of {laidOut.Count}", 9, new PdfPoint(Left + Width / 2 - 20, 30), regular);
        }
        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text, int max)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                yield return line;
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) yield return line;
    }
}
