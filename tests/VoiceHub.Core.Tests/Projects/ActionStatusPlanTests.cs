using VoiceHub.Core.Actions;
using VoiceHub.Core.Model;

namespace VoiceHub.Core.Tests.Projects;

public sealed class ActionStatusPlanTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static FeedbackAction Action(long id, string status) =>
        new() { Id = id, Status = status, YouSaid = "The bus to the day centre is late", WeWill = "Change the pick-up times", Owner = "Transport team" };

    [Fact]
    public void Check_EveryProblemWithItsRow_AndDoneTakesToday()
    {
        var current = new Dictionary<long, FeedbackAction>
        {
            [1] = Action(1, ActionStatus.Planned),
            [2] = Action(2, ActionStatus.Draft),
            [3] = Action(3, ActionStatus.Discarded),
            [4] = Action(4, ActionStatus.InProgress),
        };
        ActionStatusRow[] rows =
        [
            new() { RowNo = 2, ActionId = 1, Status = ActionStatus.Done, WeDid = "New times from January" },
            new() { RowNo = 3, ActionId = 1, Status = ActionStatus.InProgress },
            new() { RowNo = 4, ActionId = 2, Status = ActionStatus.Planned },
            new() { RowNo = 5, ActionId = 3, Status = ActionStatus.Planned },
            new() { RowNo = 6, ActionId = 9, Status = ActionStatus.Planned },
            new() { RowNo = 7, ActionId = 4, Status = ActionStatus.Done },
        ];

        var (planned, errors) = ActionStatusPlan.Check(rows, current, Today);

        Assert.Equal(
        [
            "Row 3: action 1 is also on row 2; give each action once",
            "Row 4: action 2 is a draft; review it before changing its status",
            "Row 5: there is no action 3",
            "Row 6: there is no action 9",
            "Row 7: action 4: enter what was done",
        ], errors);
        var done = Assert.Single(planned, p => p.Row.ActionId == 1).Input;
        Assert.Equal(ActionStatus.Done, done.Status);
        Assert.Equal(Today, done.DoneOn);
        Assert.Equal("New times from January", done.WeDid);
    }
}
