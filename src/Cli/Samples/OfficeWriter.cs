using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VoiceHub.Cli.Samples;

/// <summary>Writes the Word and Excel sample files, shaped as Word and Microsoft Forms write them (styles, dates as serials).</summary>
public static class OfficeWriter
{
    /// <summary>A workbook with one sheet; cells in <paramref name="dateColumns"/> are stored as Excel date serials with a date format.</summary>
    public static void WriteXlsx(string path, string sheetName, string[] headers, IEnumerable<object?[]> rows, ISet<int> dateColumns)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }));
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        data.Append(Row(r++, headers.Cast<object?>().ToArray(), new HashSet<int>()));
        foreach (var row in rows) data.Append(Row(r++, row, dateColumns));
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
    }

    private static Row Row(uint index, object?[] values, ISet<int> dateColumns)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Length; c++)
        {
            var reference = ColumnName(c) + index;
            row.Append(values[c] switch
            {
                null => new Cell { CellReference = reference },
                DateTime dt when dateColumns.Contains(c) => new Cell
                {
                    CellReference = reference, StyleIndex = 1,
                    CellValue = new CellValue(dt.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                },
                int n => new Cell { CellReference = reference, CellValue = new CellValue(n) },
                var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v.ToString()!)) },
            });
        }
        return row;
    }

    private static string ColumnName(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }

    public enum Kind { Title, Heading1, Heading2, Paragraph, Bullet }

    /// <summary>A Word document with real heading styles and bulleted lists, and an optional running header and footer.</summary>
    public static void WriteDocx(string path, IEnumerable<(Kind Kind, string Text)> blocks, string? header = null, string? footer = null,
        IEnumerable<(string, string)>? table = null)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
            Style("Title", "Title", 40), Style("Heading1", "heading 1", 32), Style("Heading2", "heading 2", 26), Style("ListBullet", "List Bullet", null));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new W.Numbering(
            new W.AbstractNum(new W.Level(new W.NumberingFormat { Val = W.NumberFormatValues.Bullet }, new W.LevelText { Val = "•" },
                new W.PreviousParagraphProperties(new W.Indentation { Left = "720", Hanging = "360" })) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = 1 });

        var body = new W.Body();
        foreach (var (kind, text) in blocks)
        {
            var properties = new W.ParagraphProperties();
            switch (kind)
            {
                case Kind.Title: properties.ParagraphStyleId = new W.ParagraphStyleId { Val = "Title" }; break;
                case Kind.Heading1: properties.ParagraphStyleId = new W.ParagraphStyleId { Val = "Heading1" }; break;
                case Kind.Heading2: properties.ParagraphStyleId = new W.ParagraphStyleId { Val = "Heading2" }; break;
                case Kind.Bullet:
                    properties.ParagraphStyleId = new W.ParagraphStyleId { Val = "ListBullet" };
                    properties.NumberingProperties = new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = 1 });
                    break;
            }
            body.Append(new W.Paragraph(properties, new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        }
        if (table is not null)
        {
            var t = new W.Table(new W.TableProperties(new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })));
            foreach (var (a, b) in table) t.Append(new W.TableRow(Cell(a), Cell(b)));
            body.Append(t);
        }
        var section = new W.SectionProperties();
        if (header is not null)
        {
            var part = main.AddNewPart<HeaderPart>();
            part.Header = new W.Header(new W.Paragraph(new W.Run(new W.Text(header))));
            section.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }
        if (footer is not null)
        {
            var part = main.AddNewPart<FooterPart>();
            part.Footer = new W.Footer(new W.Paragraph(new W.Run(new W.Text(footer))));
            section.Append(new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }
        body.Append(section);
        main.Document = new W.Document(body);
    }

    private static W.TableCell Cell(string text) => new(new W.Paragraph(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));

    private static W.Style Style(string id, string name, int? halfPoints)
    {
        var style = new W.Style(new W.StyleName { Val = name }, new W.BasedOn { Val = "Normal" }) { Type = W.StyleValues.Paragraph, StyleId = id };
        if (halfPoints is { } size) style.Append(new W.StyleRunProperties(new W.Bold(), new W.FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return style;
    }
}
