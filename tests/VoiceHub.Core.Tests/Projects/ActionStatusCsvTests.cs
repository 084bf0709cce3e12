using VoiceHub.Core.Actions;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Tests.Projects;

public sealed class ActionStatusCsvTests
{
    [Fact]
    public void Parse_BadRows_ReportsEachWithItsRowNumber()
    {
        var (rows, errors) = ActionStatusCsv.Parse("mine.csv", "Action,Status,Done on\n12,finished,\n,done,\n#14,In Progress,\n15,done,31/02/2026\n");

        Assert.Equal(
        [
            "Row 2: status \"finished\" is not one of planned, in progress, done, not doing",
            "Row 3: enter the action number",
            "Row 5: done on \"31/02/2026\" is not a date (use 31/12/2026)",
        ], errors);
        var row = Assert.Single(rows);
        Assert.Equal((4, 14L, ActionStatus.InProgress), (row.RowNo, row.ActionId, row.Status));
    }

    [Fact]
    public void Parse_MissingColumnsOrBrokenQuotes_NamesTheFile()
    {
        Assert.Equal(["mine.csv: there is no \"status\" column."], ActionStatusCsv.Parse("mine.csv", "action,state\n1,done\n").Errors);
        Assert.StartsWith("mine.csv: Row 2", Assert.Single(ActionStatusCsv.Parse("mine.csv", "action,status\n1,\"done\n").Errors));
        Assert.Equal(["mine.csv: the file has no rows of actions under its header row."], ActionStatusCsv.Parse("mine.csv", "action,status\n").Errors);
    }
}
