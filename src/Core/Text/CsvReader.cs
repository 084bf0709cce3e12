using System.Text;

namespace VoiceHub.Core.Text;

/// <summary>One CSV record with where it started: <see cref="Row"/> counts records (the header is row 1), <see cref="Line"/> counts lines.</summary>
public sealed record CsvRecord(int Row, int Line, string[] Fields);

/// <summary>
/// An RFC 4180 reader that refuses what it cannot read unambiguously, and says where: a quote that is never closed,
/// or text after a closing quote. Quoted fields may hold separators, quotes (doubled) and line breaks.
/// </summary>
public static class CsvReader
{
    /// <exception cref="CsvFormatException">The text is not well-formed CSV; the message names the row and line.</exception>
    public static List<CsvRecord> Read(string text, char separator = ',')
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var n = text.Length;
        if (n > 0 && text[0] == '\uFEFF') i = 1;

        while (i < n)
        {
            // Start of a field.
            if (text[i] == '"')
            {
                var quoteLine = line;
                i++;
                while (true)
                {
                    if (i >= n)
                    {
                        throw new CsvFormatException(records.Count + 1, quoteLine,
                            $"Row {records.Count + 1} (line {quoteLine}): a quoted field is opened but never closed.");
                    }
                    var c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < n && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n') line++;
                    field.Append(c);
                    i++;
                }
                // After a closing quote only a separator or the end of the record may follow.
                if (i < n && text[i] != separator && text[i] != '\r' && text[i] != '\n')
                {
                    throw new CsvFormatException(records.Count + 1, line,
                        $"Row {records.Count + 1} (line {line}): unexpected text after a closing quote.");
                }
            }
            else
            {
                while (i < n && text[i] != separator && text[i] != '\r' && text[i] != '\n')
                {
                    field.Append(text[i]);
                    i++;
                }
            }

            fields.Add(field.ToString());
            field.Clear();

            if (i < n && text[i] == separator)
            {
                i++;
                if (i == n) fields.Add("");
                continue;
            }

            // End of record (line break or end of text).
            if (i < n && text[i] == '\r') i++;
            if (i < n && text[i] == '\n') i++;
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(records.Count + 1, recordLine, fields.ToArray()));
            }
            fields.Clear();
            line++;
            recordLine = line;
        }
        // A last record ending in a separator with no line break after it ("a,b,") is still a record.
        if (fields.Count > 0) records.Add(new CsvRecord(records.Count + 1, recordLine, fields.ToArray()));
        return records;
    }

    /// <summary>Writes one field, quoted when it must be.</summary>
    public static string Escape(string value, char separator = ',') =>
        value.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}

public sealed class CsvFormatException(int row, int line, string message) : FormatException(message)
{
    public int Row { get; } = row;
    public int Line { get; } = line;
}
