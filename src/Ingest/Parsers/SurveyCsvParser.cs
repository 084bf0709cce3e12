using VoiceHub.Core.Text;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// A survey export as CSV: a header row, one response per row. Each non-empty free-text answer becomes one item with
/// its question as context; the date, locality, postcode and demographic columns go with it as metadata.
/// </summary>
public sealed class SurveyCsvParser
{
    public const int MaxCellLength = 20_000;

    public ParseResult Parse(byte[] bytes, string fileName)
    {
        var (text, _) = TextDecoder.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) return ParseResult.Failed($"{fileName} is empty.");

        List<CsvRecord> records;
        try
        {
            records = CsvReader.Read(text, DetectSeparator(text));
        }
        catch (CsvFormatException e)
        {
            return ParseResult.Failed($"{fileName}: {e.Message}");
        }
        if (records.Count < 2) return ParseResult.Failed($"{fileName} has a header row but no responses.");

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var rows = records.Skip(1).ToList();
        var roles = new ColumnRole[header.Length];
        for (var c = 0; c < header.Length; c++)
        {
            roles[c] = SurveyColumns.FromHeader(header[c]);
            if (roles[c] == ColumnRole.Ignore)
            {
                var column = c;
                var values = rows.Select(r => column < r.Fields.Length ? r.Fields[column] : "").ToList();
                if (SurveyColumns.LooksLikeFreeText(values)) roles[c] = ColumnRole.FreeText;
            }
        }
        if (!roles.Contains(ColumnRole.FreeText))
        {
            return ParseResult.Failed($"{fileName}: no column looks like free-text answers (headers: {string.Join(", ", header)}).");
        }

        var signature = string.Join("\u001f", header);
        var items = new List<ParsedItem>();
        var warnings = new List<string>();
        var skipped = 0;
        foreach (var row in rows)
        {
            if (row.Fields.Length > header.Length && row.Fields.Skip(header.Length).Any(f => f.Trim().Length > 0))
            {
                warnings.Add($"Row {row.Row}: has {row.Fields.Length} cells but the header has {header.Length}; skipped.");
                skipped++;
                continue;
            }
            var tooLong = Array.FindIndex(row.Fields, f => f.Length > MaxCellLength);
            if (tooLong >= 0)
            {
                warnings.Add($"Row {row.Row}: the cell under \"{header[tooLong]}\" is longer than {MaxCellLength:N0} characters; skipped.");
                skipped++;
                continue;
            }

            string Cell(int c) => c < row.Fields.Length ? row.Fields[c].Trim() : "";
            DateOnly? date = null;
            string? locality = null, postcode = null, responseId = null;
            var metadata = new Dictionary<string, string>();
            for (var c = 0; c < header.Length; c++)
            {
                var value = Cell(c);
                if (value.Length == 0) continue;
                switch (roles[c])
                {
                    case ColumnRole.Date when date is null:
                        if (UkDates.TryParse(value, out var d)) date = d;
                        else warnings.Add($"Row {row.Row}: \"{header[c]}\" value is not a date we can read; kept without a date.");
                        break;
                    case ColumnRole.Locality: locality = value; break;
                    case ColumnRole.Postcode: postcode = value; break;
                    case ColumnRole.ResponseId: responseId = value; break;
                    case ColumnRole.AgeBand: metadata["ageBand"] = value; break;
                    case ColumnRole.Carer: metadata["carer"] = value; break;
                    case ColumnRole.Ethnicity: metadata["ethnicity"] = value; break;
                    case ColumnRole.Disability: metadata["disability"] = value; break;
                    case ColumnRole.Sex: metadata["sex"] = value; break;
                }
            }
            if (responseId is not null) metadata["responseId"] = responseId;

            // A response is the same response in every later export: its id if the survey has one, else its cells.
            var rowIdentity = responseId ?? string.Join("\u001f", row.Fields.Select(f => f.Trim()));
            for (var c = 0; c < header.Length; c++)
            {
                if (roles[c] != ColumnRole.FreeText) continue;
                var answer = Cell(c);
                if (answer.Length == 0) continue;
                items.Add(new ParsedItem
                {
                    Text = answer,
                    Context = header[c],
                    OccurredOn = date,
                    LocalityName = locality,
                    Postcode = postcode,
                    Metadata = new Dictionary<string, string>(metadata),
                    RowNo = row.Row,
                    IdentityKey = $"survey\u001e{signature}\u001e{rowIdentity}\u001e{header[c]}",
                });
            }
        }
        return new ParseResult { Items = items, Warnings = warnings, RowsSkipped = skipped };
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
}
