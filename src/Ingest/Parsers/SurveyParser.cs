using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// A survey export (CSV or Excel), one response per row, read with the column roles staff confirmed, remembered, or
/// detected. Each non-empty free-text answer becomes one item with its question as context; the date, locality,
/// postcode and demographic columns go with it as metadata. Name and email columns are never read.
/// </summary>
public static class SurveyParser
{
    public static ParseResult Parse(Table table, IReadOnlyList<ColumnRole> roles, string fileName, IngestLimits limits)
    {
        var header = table.Headers;
        if (!roles.Contains(ColumnRole.FreeText))
        {
            return ParseResult.Failed($"{fileName}: no column looks like free-text answers (headers: {string.Join(", ", header)}). " +
                                      "Choose which columns hold what people said.");
        }

        var items = new List<ParsedItem>(table.Rows.Count * roles.Count(r => r == ColumnRole.FreeText));
        var warnings = new List<string>();
        var skipped = 0;
        foreach (var row in table.Rows)
        {
            if (row.Cells.Length > header.Length && row.Cells.Skip(header.Length).Any(f => f.Trim().Length > 0))
            {
                warnings.Add($"Row {row.RowNo}: has {row.Cells.Length} cells but the header has {header.Length}; skipped.");
                skipped++;
                continue;
            }
            var tooLong = Array.FindIndex(row.Cells, f => f.Length > limits.MaxCellLength);
            if (tooLong >= 0)
            {
                warnings.Add($"Row {row.RowNo}: the cell under \"{header[tooLong]}\" is longer than {limits.MaxCellLength:N0} characters; skipped.");
                skipped++;
                continue;
            }

            DateOnly? date = null;
            string? locality = null, postcode = null, responseId = null;
            var metadata = new Dictionary<string, string>();
            for (var c = 0; c < header.Length; c++)
            {
                var value = row.Cell(c);
                if (value.Length == 0) continue;
                switch (roles[c])
                {
                    case ColumnRole.Date when date is null:
                        if (UkDates.TryParse(value, out var d)) date = d;
                        else warnings.Add($"Row {row.RowNo}: \"{header[c]}\" value is not a date we can read; kept without a date.");
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

            // A response is the same response in every later export: its id if the survey has one, else its cells
            // (leaving out personal columns, which a respondent may correct between exports).
            var rowIdentity = responseId ?? string.Join("\u001f", row.Cells.Where((_, i) => i >= roles.Count || roles[i] != ColumnRole.Personal).Select(f => f.Trim()));
            for (var c = 0; c < header.Length; c++)
            {
                if (roles[c] != ColumnRole.FreeText) continue;
                var answer = row.Cell(c);
                if (answer.Length == 0) continue;
                items.Add(new ParsedItem
                {
                    Text = answer,
                    Context = header[c],
                    OccurredOn = date,
                    LocalityName = locality,
                    Postcode = postcode,
                    Metadata = metadata.Count == 0 ? [] : new Dictionary<string, string>(metadata),
                    RowNo = row.RowNo,
                    IdentityKey = $"survey\u001e{table.Signature}\u001e{rowIdentity}\u001e{header[c]}",
                });
            }
        }
        return new ParseResult { Items = items, Warnings = warnings, RowsSkipped = skipped };
    }
}
