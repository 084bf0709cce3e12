using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using VoiceHub.Ingest.Parsers.Documents;

namespace VoiceHub.Ingest.Parsers.Tables;

/// <summary>
/// Reads the first visible sheet of an Excel workbook (as Microsoft Forms and Excel save it) into rows of text.
/// Dates stored as numbers with a date format come out as ISO dates; other numbers as written.
/// Call <see cref="Documents.ZipGuard"/> first.
/// </summary>
public static class XlsxReader
{
    // Excel's built-in date and time number formats.
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47];

    /// <summary>Excel's own limit (column XFD).</summary>
    private const int MaxColumns = 16_384;

    /// <summary>Far more than any survey export (a million answers to ten questions), far less than memory.</summary>
    private const long MaxCells = 20_000_000;

    /// <returns>The rows, or null when their text (or the shared strings) passes <paramref name="maxText"/> characters.</returns>
    public static List<TableRow>? ReadRows(byte[] bytes, long maxText)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no sheets.");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>()
            .FirstOrDefault(s => s.State is null || s.State.Value == SheetStateValues.Visible)
            ?? throw new InvalidDataException("The workbook has no visible sheet.");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);

        var shared = new List<string>();
        long sharedText = 0;
        if (workbook.SharedStringTablePart is { } strings)
        {
            foreach (var item in OpenXmlStream.Elements(strings, 1, t => t == typeof(SharedStringItem)))
            {
                shared.Add(item.InnerText);
                sharedText += shared[^1].Length;
                if (sharedText > maxText) return null;
            }
        }
        var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);

        var rows = new List<TableRow>();
        long padded = 0;
        long text = 0;
        // Row by row as the sheet is read (see OpenXmlStream): a large export never sits in memory as a whole tree.
        foreach (var row in OpenXmlStream.Elements(part, 2, t => t == typeof(Row)).Cast<Row>())
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference?.Value) ?? cells.Count;
                // A reference past Excel's last column, or a sheet padded out to huge sparse rows, is not a survey
                // but a way to make this reader fill memory with empty cells.
                if (column >= MaxColumns) throw new InvalidDataException($"cell {cell.CellReference?.Value} is beyond Excel's last column");
                padded += column + 1 - cells.Count;
                if (padded > MaxCells) throw new InvalidDataException($"the sheet holds more than {MaxCells:N0} cells");
                while (cells.Count < column) cells.Add("");
                cells.Add(Value(cell, shared, dateStyles));
                text += cells[^1].Length;
                if (text > maxText) return null;
            }
            if (cells.All(c => c.Length == 0)) continue;
            var rowNo = row.RowIndex?.Value is { } r ? (int)r : rows.Count + 1;
            rows.Add(new TableRow(rowNo, cells.ToArray()));
        }
        return rows;
    }

    private static string Value(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "";
        }
        if (type == CellValues.InlineString) return cell.InlineString?.InnerText ?? "";
        if (type == CellValues.Boolean) return raw == "1" ? "TRUE" : "FALSE";
        if (type is null || type == CellValues.Number)
        {
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
            {
                var dt = DateTime.FromOADate(serial);
                return dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            }
        }
        return raw;
    }

    /// <summary>The cell-format indexes whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? styles)
    {
        var result = new HashSet<uint>();
        if (styles?.CellFormats is null) return result;
        var custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in styles.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || (custom.TryGetValue(id, out var code) && LooksLikeDate(code))) result.Add(index);
            index++;
        }
        return result;
    }

    private static bool LooksLikeDate(string code)
    {
        // Drop quoted literals and [colour]/[locale] sections, then look for day, month or year tokens.
        var plain = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "").ToLowerInvariant();
        return plain.Contains('d') || plain.Contains('y') || (plain.Contains('m') && !plain.Contains('0') && !plain.Contains('#'));
    }

    /// <summary>"C12" → 2.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var n = 0;
        var i = 0;
        for (; i < reference.Length && i < 4 && char.IsAsciiLetter(reference[i]); i++) n = n * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? null : n - 1;
    }
}
