using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using VoiceHub.Core.Actions;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Infrastructure;

namespace VoiceHub.Web.Pages.Actions;

/// <summary>The fields of an action and their checks (<see cref="ActionRules"/>), shared by the new and edit pages.</summary>
public abstract class ActionFormModel(ProjectStore projects) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "project")] public long? ProjectId { get; set; }
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? YouSaid { get; set; }
    [BindProperty] public string? WeWill { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateParts DueOn { get; set; } = new();
    [BindProperty] public string? WeDid { get; set; }
    [BindProperty] public DateParts DoneOn { get; set; } = new();
    [BindProperty] public string? EvidenceUrl { get; set; }
    [BindProperty] public string? NotDoingReason { get; set; }
    [BindProperty] public bool Published { get; set; }

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken ct)
    {
        Projects = await projects.ListAsync(publishedOnly: false, ct);
        if (ProjectId is { } p && Projects.All(x => x.Id != p)) ProjectId = null;
    }

    protected void Fill(FeedbackAction a)
    {
        ProjectId = a.ProjectId;
        Status = a.Status == ActionStatus.Draft ? ActionStatus.Planned : a.Status;
        YouSaid = a.YouSaid;
        WeWill = a.WeWill;
        Owner = a.Owner;
        DueOn = DateParts.From(a.DueOn);
        WeDid = a.WeDid;
        DoneOn = DateParts.From(a.DoneOn);
        EvidenceUrl = a.EvidenceUrl;
        NotDoingReason = a.NotDoingReason;
        Published = a.Published;
    }

    /// <returns>The action as entered, or null with every problem in ModelState.</returns>
    protected ActionInput? Validate()
    {
        var due = DueOn.Read(ModelState, nameof(DueOn), "the due date");
        var done = DoneOn.Read(ModelState, nameof(DoneOn), "the date done"); // as labelled: "Date done"
        var input = new ActionInput
        {
            ProjectId = ProjectId,
            Status = Status ?? "",
            YouSaid = YouSaid ?? "",
            WeWill = WeWill ?? "",
            Owner = Owner ?? "",
            DueOn = due,
            WeDid = WeDid ?? "",
            DoneOn = done,
            EvidenceUrl = (EvidenceUrl ?? "").Trim(),
            NotDoingReason = Status == ActionStatus.NotDoing ? NotDoingReason ?? "" : "",
            Published = Published,
        };
        foreach (var (field, message) in ActionRules.Validate(input))
        {
            if (!ModelState.HasError(field)) ModelState.AddModelError(field, message);
        }
        ErrorOrder.Set(ViewData, nameof(ProjectId), nameof(YouSaid), nameof(WeWill), nameof(Owner), nameof(DueOn), nameof(Status),
            nameof(NotDoingReason), nameof(WeDid), nameof(DoneOn), nameof(EvidenceUrl), nameof(Published));
        return ModelState.IsValid ? input : null;
    }
}
