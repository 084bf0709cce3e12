using VoiceHub.Core.Text;
using VoiceHub.Ingest.Parsers.Documents;

namespace VoiceHub.Ingest.Parsers.Tables;

/// <summary>
/// Reads a CSV (any of the encodings and separators Excel and survey tools write) or an Excel workbook into a
/// <see cref="Table"/>. Understands exports with two header rows (question above, sub-answer below, as SurveyMonkey
/// writes them) and makes repeated headers unique.
/// </summary>
public static class TableReader
{
    public static bool CanRead(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".csv" or ".tsv" or ".txt" or ".xlsx";

    /// <returns>The table, or the reason the file cannot be read (naming the file and, for CSV, the row).</returns>
    public static (Table? Table, string? Error) Read(byte[] bytes, string fileName, IngestLimits limits)
    {
        List<TableRow>? raw;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension == ".xlsx")
        {
            if (ZipGuard.Check(bytes, fileName, limits) is { } refused) return (null, refused);
            try
            {
                raw = XlsxReader.ReadRows(bytes, limits.MaxExtractedTextBytes);
            }
            // Any fault of the Open XML library on a damaged file (it throws XmlException, IOException, even
            // ArgumentException from deep inside) means the same to staff: this file cannot be read. Found by fuzzing.
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
            {
                return (null, $"{fileName} is not an Excel workbook VoiceHub can read ({e.Message}). Save it again as .xlsx and upload it.");
            }
            if (raw is null) return (null, TextLimit.Reached(fileName, limits));
        }
        else if (extension == ".xls")
        {
            return (null, $"{fileName} is in the old Excel format (.xls). Save it as .xlsx or CSV and upload it again.");
        }
        else
        {
            var (text, _) = TextDecoder.Decode(bytes);
            if (text.Length > limits.MaxExtractedTextBytes) return (null, TextLimit.Reached(fileName, limits));
            if (string.IsNullOrWhiteSpace(text)) return (null, $"{fileName} is empty.");
            try
            {
                raw = CsvReader.Read(text, DetectSeparator(text)).Select(r => new TableRow(r.Row, r.Fields)).ToList();
            }
            catch (CsvFormatException e)
            {
                return (null, $"{fileName}: {e.Message}");
            }
        }

        if (raw.Count == 0) return (null, $"{fileName} is empty.");
        var headers = raw[0].Cells.Select(h => h.Trim()).ToArray();
        var first = 1;
        if (raw.Count > 1 && IsSubHeader(headers, raw[1].Cells))
        {
            headers = Combine(headers, raw[1].Cells);
            first = 2;
        }
        if (raw.Count <= first) return (null, $"{fileName} has a header row but no responses.");
        return (new Table(Unique(headers), raw.Skip(first).ToList()), null);
    }

    /// <summary>Comma, semicolon or tab: whichever the header line (outside quotes) has most of.</summary>
    public static char DetectSeparator(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var ch in text)
        {
            if (ch == '"') quoted = !quoted;
            else if (!quoted && ch is '\n' or '\r') break;
            else if (!quoted && ch == ',') comma++;
            else if (!quoted && ch == ';') semicolon++;
            else if (!quoted && ch == '\t') tab++;
        }
        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private static bool IsResponseWord(string cell) =>
        cell.Trim().ToLowerInvariant() is "response" or "open-ended response" or "open ended response";

    /// <summary>
    /// SurveyMonkey's second header row holds "Response", "Open-Ended Response" or a sub-answer under each question,
    /// and is blank under the respondent columns. A data row never looks like that.
    /// </summary>
    private static bool IsSubHeader(string[] header, string[] second)
    {
        var cells = second.Select(c => c.Trim()).ToArray();
        if (cells.Any(IsResponseWord)) return cells.All(c => c.Length <= 120);
        var underBlankHeaders = cells.Where((c, i) => c.Length > 0 && (i >= header.Length || header[i].Length == 0)).Count();
        var blankUnderNamed = header.Where((h, i) => h.Length > 0 && (i >= cells.Length || cells[i].Length == 0)).Count();
        return underBlankHeaders > 0 && blankUnderNamed > 0 && cells.All(c => c.Length <= 80 && c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 8)
               && !cells.Any(c => UkDates.TryParse(c, out _));
    }

    private static string[] Combine(string[] header, string[] second)
    {
        var width = Math.Max(header.Length, second.Length);
        var combined = new string[width];
        var question = "";
        for (var i = 0; i < width; i++)
        {
            var top = i < header.Length ? header[i].Trim() : "";
            var sub = i < second.Length ? second[i].Trim() : "";
            if (top.Length > 0) question = top;
            combined[i] = sub.Length == 0 || IsResponseWord(sub) ? (top.Length > 0 ? top : question) : $"{question} – {sub}";
        }
        return combined;
    }

    /// <summary>Blank headers get their column letter; repeated ones a number, so each column has its own name.</summary>
    private static string[] Unique(string[] headers)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var result = new string[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var h = headers[i].Length > 0 ? headers[i] : $"Column {ColumnLetter(i)}";
            result[i] = seen.TryGetValue(h, out var n) ? $"{h} ({n + 1})" : h;
            seen[h] = seen.GetValueOrDefault(h) + 1;
        }
        return result;
    }

    private static string ColumnLetter(int index)
    {
        var s = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) s = (char)('A' + (n - 1) % 26) + s;
        return s;
    }
}
