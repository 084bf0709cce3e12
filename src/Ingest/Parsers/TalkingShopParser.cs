using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// A Talking Shop log (CSV or Excel): one row per conversation with date, locality, venue, enquiry type, notes and
/// outcome. The notes and the outcome together are what was heard, so they become the item's text.
/// </summary>
public static class TalkingShopParser
{
    public static ParseResult Parse(Table table, string fileName, IngestLimits limits)
    {
        var h = table.Headers.Select(x => x.Trim().ToLowerInvariant()).ToArray();
        // A column of personal details is never read, even when its header names a field ("Date of birth" is no date).
        int Find(params string[] names) => Array.FindIndex(h, x => !PersonalColumns.IsPersonalHeader(x)
            && names.Any(n => x == n || x.StartsWith(n + " ", StringComparison.Ordinal) || x.Contains(n)));
        var notes = Find("notes", "conversation", "what was said", "discussion", "comments", "summary");
        if (notes < 0)
        {
            return ParseResult.Failed($"{fileName}: there is no Notes column (headers: {string.Join(", ", table.Headers)}). " +
                                      "A Talking Shop log needs columns Date, Locality, Venue, Enquiry type, Notes and Outcome.");
        }
        var date = Find("date");
        var locality = Find("locality", "area");
        var venue = Find("venue", "location");
        var enquiry = Find("enquiry", "topic", "subject", "type");
        var outcome = Find("outcome", "result", "next step", "action");

        var items = new List<ParsedItem>();
        var warnings = new List<string>();
        var skipped = 0;
        foreach (var row in table.Rows)
        {
            var tooLong = Array.FindIndex(row.Cells, f => f.Length > limits.MaxCellLength);
            if (tooLong >= 0)
            {
                warnings.Add($"Row {row.RowNo}: the cell under \"{table.Headers[Math.Min(tooLong, table.Headers.Length - 1)]}\" is longer than {limits.MaxCellLength:N0} characters; skipped.");
                skipped++;
                continue;
            }
            string Cell(int c) => c < 0 ? "" : row.Cell(c);
            var said = Cell(notes);
            var result = Cell(outcome);
            if (said.Length == 0 && result.Length == 0)
            {
                warnings.Add($"Row {row.RowNo}: has no notes or outcome; skipped.");
                skipped++;
                continue;
            }
            DateOnly? when = null;
            if (Cell(date) is { Length: > 0 } d)
            {
                if (UkDates.TryParse(d, out var parsed)) when = parsed;
                else warnings.Add($"Row {row.RowNo}: \"{d}\" is not a date we can read; kept without a date.");
            }
            var metadata = new Dictionary<string, string>();
            if (Cell(venue) is { Length: > 0 } v) metadata["venue"] = v;
            if (Cell(enquiry) is { Length: > 0 } e) metadata["enquiryType"] = e;
            if (result.Length > 0) metadata["outcome"] = result;
            var text = said.Length == 0 ? $"Outcome: {result}" : result.Length == 0 ? said : $"{said}\nOutcome: {result}";
            items.Add(new ParsedItem
            {
                Text = text,
                Context = metadata.TryGetValue("enquiryType", out var type) ? $"Talking Shop: {type}" : "Talking Shop conversation",
                OccurredOn = when,
                LocalityName = Cell(locality) is { Length: > 0 } l ? l : null,
                Metadata = metadata,
                RowNo = row.RowNo,
                // The same conversation in a longer export of the same log is the same item.
                IdentityKey = $"talking-shop\u001e{Cell(date)}\u001e{Cell(venue)}\u001e{said}\u001e{result}",
            });
        }
        return new ParseResult { Items = items, Warnings = warnings, RowsSkipped = skipped };
    }
}
