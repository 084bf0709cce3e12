using System.Globalization;
using VoiceHub.Core.Model;
using VoiceHub.Core.Text;

namespace VoiceHub.Core.Actions;

/// <summary>
/// Reads a spreadsheet of action statuses. Columns (any order, any case): <c>action</c> (or <c>id</c>), <c>status</c>,
/// and optionally <c>reason</c> (why not doing), <c>we did</c>, <c>done on</c>. Every row is checked and every
/// problem reported with its row number (the header is row 1), so one upload shows all that needs fixing.
/// </summary>
public static class ActionStatusCsv
{
    public const int MaxRows = 5000;

    private static readonly string[] IdNames = ["action", "action id", "id", "action number"];
    private static readonly string[] StatusNames = ["status"];
    private static readonly string[] ReasonNames = ["reason", "not doing reason", "why not"];
    private static readonly string[] WeDidNames = ["we did", "outcome"];
    private static readonly string[] DoneOnNames = ["done on", "date done", "done"];
    private static readonly string[] DateFormats = ["d/M/yyyy", "d/M/yy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d-M-yyyy"];

    public static (IReadOnlyList<ActionStatusRow> Rows, IReadOnlyList<string> Errors) Parse(string fileName, string text)
    {
        List<CsvRecord> records;
        try
        {
            records = CsvReader.Read(text);
        }
        catch (CsvFormatException e)
        {
            return ([], [$"{fileName}: {e.Message}"]);
        }
        if (records.Count < 2) return ([], [$"{fileName}: the file has no rows of actions under its header row."]);
        if (records.Count - 1 > MaxRows) return ([], [$"{fileName}: the file has {records.Count - 1:N0} rows; send at most {MaxRows:N0} at a time."]);

        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int Column(string[] names) => Array.FindIndex(header, h => names.Contains(h));
        var id = Column(IdNames);
        var status = Column(StatusNames);
        var reason = Column(ReasonNames);
        var weDid = Column(WeDidNames);
        var doneOn = Column(DoneOnNames);
        var errors = new List<string>();
        if (id < 0) errors.Add($"{fileName}: there is no \"action\" column (the action number, as shown on the Actions page).");
        if (status < 0) errors.Add($"{fileName}: there is no \"status\" column.");
        if (errors.Count > 0) return ([], errors);

        var rows = new List<ActionStatusRow>();
        foreach (var record in records.Skip(1))
        {
            string Field(int i) => i >= 0 && i < record.Fields.Length ? record.Fields[i].Trim() : "";
            var row = record.Row;
            var rawId = Field(id).TrimStart('#');
            var rawStatus = Field(status);
            var rowErrors = new List<string>();
            if (!long.TryParse(rawId, NumberStyles.None, CultureInfo.InvariantCulture, out var actionId))
            {
                rowErrors.Add(rawId.Length == 0 ? $"Row {row}: enter the action number" : $"Row {row}: action \"{rawId}\" is not an action number");
            }
            var code = ActionStatus.Parse(rawStatus);
            if (code is null)
            {
                rowErrors.Add(rawStatus.Length == 0
                    ? $"Row {row}: enter a status (planned, in progress, done or not doing)"
                    : $"Row {row}: status \"{rawStatus}\" is not one of planned, in progress, done, not doing");
            }
            DateOnly? date = null;
            var rawDate = Field(doneOn);
            if (rawDate.Length > 0)
            {
                if (DateOnly.TryParseExact(rawDate, DateFormats, CultureInfo.GetCultureInfo("en-GB"), DateTimeStyles.None, out var d)) date = d;
                else rowErrors.Add($"Row {row}: done on \"{rawDate}\" is not a date (use 31/12/2026)");
            }
            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }
            rows.Add(new ActionStatusRow
            {
                RowNo = row,
                ActionId = actionId,
                Status = code!,
                NotDoingReason = NullIfEmpty(Field(reason)),
                WeDid = NullIfEmpty(Field(weDid)),
                DoneOn = date,
            });
        }
        return (rows, errors);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
