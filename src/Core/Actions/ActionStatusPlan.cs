using VoiceHub.Core.Model;

namespace VoiceHub.Core.Actions;

/// <summary>
/// What a spreadsheet of status changes would do to the stored actions, checked row by row before anything is written:
/// each action must exist, be reviewed (not a draft), appear once, and end up valid by <see cref="ActionRules"/>.
/// </summary>
/// <example>
/// Row 3 marks action 12 "done" with no date and action 12 has none: it is planned as done on <c>today</c>. Row 4 names
/// action 12 again: "Row 4: action 12 is also on row 3; give each action once".
/// </example>
public static class ActionStatusPlan
{
    /// <param name="current">The stored actions the rows name, by id.</param>
    /// <param name="today">The date (Europe/London) used as "done on" when a row finishes an action without one.</param>
    /// <returns>The new state of each action to change, and every problem with its row number.</returns>
    public static (IReadOnlyList<(ActionStatusRow Row, ActionInput Input)> Planned, IReadOnlyList<string> Errors) Check(
        IReadOnlyList<ActionStatusRow> rows, IReadOnlyDictionary<long, FeedbackAction> current, DateOnly today)
    {
        var errors = new List<string>();
        var firstRow = new Dictionary<long, int>();
        var planned = new List<(ActionStatusRow Row, ActionInput Input)>();
        foreach (var row in rows)
        {
            if (firstRow.TryGetValue(row.ActionId, out var earlier))
            {
                errors.Add($"Row {row.RowNo}: action {row.ActionId} is also on row {earlier}; give each action once");
                continue;
            }
            firstRow[row.ActionId] = row.RowNo;
            if (!current.TryGetValue(row.ActionId, out var action) || action.Status == ActionStatus.Discarded)
            {
                errors.Add($"Row {row.RowNo}: there is no action {row.ActionId}");
                continue;
            }
            if (action.Status == ActionStatus.Draft)
            {
                errors.Add($"Row {row.RowNo}: action {row.ActionId} is a draft; review it before changing its status");
                continue;
            }
            var finished = row.Status is ActionStatus.Done or ActionStatus.NotDoing;
            var input = ActionInput.From(action) with
            {
                Status = row.Status,
                NotDoingReason = row.Status == ActionStatus.NotDoing ? row.NotDoingReason ?? action.NotDoingReason : "",
                WeDid = row.WeDid ?? action.WeDid,
                DoneOn = finished ? row.DoneOn ?? action.DoneOn ?? today : null,
            };
            foreach (var (_, message) in ActionRules.Validate(input))
            {
                errors.Add($"Row {row.RowNo}: action {row.ActionId}: {char.ToLowerInvariant(message[0])}{message[1..]}");
            }
            planned.Add((row, input));
        }
        return (planned, errors);
    }
}
