using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VoiceHub.Ingest.Parsers.Documents;

/// <summary>
/// Reads the body of a Word document into blocks: headings (by style), list items, paragraphs and table rows.
/// Running headers and footers live in their own parts and are never read; a table of contents is left out.
/// Call <see cref="ZipGuard"/> first.
/// </summary>
public static class DocxReader
{
    /// <returns>The blocks, or null when their text passes <paramref name="maxText"/> characters.</returns>
    public static List<TextBlock>? Read(byte[] bytes, long maxText)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        var main = document.MainDocumentPart ?? throw new InvalidDataException("The document has no body.");
        var blocks = new List<TextBlock>();
        long text = 0;
        // The body's paragraphs and tables one at a time as the part is read (see OpenXmlStream), stopping at the cap.
        foreach (var element in OpenXmlStream.Elements(main, 2, t => t == typeof(Paragraph) || t == typeof(Table) || t == typeof(SdtBlock)))
        {
            var before = blocks.Count;
            Walk(element, blocks, top: true);
            for (var i = before; i < blocks.Count; i++) text += blocks[i].Text.Length;
            if (text > maxText) return null;
        }
        return blocks;
    }

    /// <param name="top">The element is itself one of the body's blocks, not a container of them.</param>
    private static void Walk(OpenXmlElement container, List<TextBlock> blocks, bool top = false)
    {
        IEnumerable<OpenXmlElement> children = top ? [container] : container.ChildElements;
        foreach (var element in children)
        {
            switch (element)
            {
                case Paragraph p:
                    AddParagraph(p, blocks);
                    break;
                case Table t:
                    foreach (var row in t.Elements<TableRow>())
                    {
                        var cells = row.Elements<TableCell>()
                            .Select(c => string.Join(" ", c.Elements<Paragraph>().Select(Text).Where(x => x.Length > 0)))
                            .ToArray();
                        if (cells.Any(c => c.Length > 0)) blocks.Add(new TextBlock(BlockKind.TableRow, string.Join(" | ", cells)) { Cells = cells });
                    }
                    break;
                case SdtBlock sdt:
                    // Word's automatic table of contents is a content control whose gallery says so.
                    var gallery = sdt.SdtProperties?.GetFirstChild<SdtContentDocPartObject>()?.GetFirstChild<DocPartGallery>()?.Val?.Value;
                    if (gallery is not null && gallery.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase)) break;
                    if (sdt.SdtContentBlock is { } content) Walk(content, blocks);
                    break;
            }
        }
    }

    private static void AddParagraph(Paragraph p, List<TextBlock> blocks)
    {
        var text = Text(p);
        if (text.Length == 0) return;
        var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        if (style.StartsWith("TOC", StringComparison.OrdinalIgnoreCase)) return;
        if (style.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            blocks.Add(new TextBlock(BlockKind.Heading, text, 1));
        }
        else if (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(style.AsSpan(7), out var level))
        {
            blocks.Add(new TextBlock(BlockKind.Heading, text, level));
        }
        else if (p.ParagraphProperties?.NumberingProperties is not null || style.StartsWith("List", StringComparison.OrdinalIgnoreCase))
        {
            blocks.Add(new TextBlock(BlockKind.Bullet, text));
        }
        else
        {
            blocks.Add(new TextBlock(BlockKind.Paragraph, text));
        }
    }

    /// <summary>The paragraph's visible text: runs' text, tabs and breaks as spaces; field codes left out.</summary>
    private static string Text(Paragraph p)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t: sb.Append(t.Text); break;
                case TabChar or Break or CarriageReturn: sb.Append(' '); break;
            }
        }
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
