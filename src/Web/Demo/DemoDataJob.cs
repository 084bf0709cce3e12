using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Search.Queries;
using VoiceHub.Web.Digests;

namespace VoiceHub.Web.Demo;

/// <summary>
/// Loads the demo council into a new hub, in the background, through the real paths: each demo file is stored as an
/// upload and read by <see cref="IngestDocumentJob"/> (parsed in its sandbox, redacted, placed, stored; the index
/// follower and the theme jobs take it from there), then projects and actions are made at every status. Once the
/// items have their themes, <see cref="BuildDigestsAsync"/> builds the past weeks' digests with the real builder.
/// Everything made carries the demo marker (schema 1150) so an admin can remove it at <c>/admin/demo-data</c>.
/// </summary>
/// <remarks>
/// It lives in the web app, not in Ingest or Analysis, because it uses both (they never use each other). It runs
/// once: <see cref="DemoDataStore.TryClaimLoadAsync"/> lets one node enqueue it, into a hub with no feedback.
/// </remarks>
public sealed class DemoDataJob(
    DemoDataStore demo,
    DocumentStore documents,
    IngestDocumentJob ingest,
    LocalityStore localities,
    ProjectStore projects,
    ActionStore actions,
    ThemeModelStore models,
    ClassificationStore classifications,
    DigestBuilder digests,
    DigestSavedSearches saved,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    IOptions<VoiceHubOptions> options,
    ILogger<DemoDataJob> log)
{
    public const string Actor = "VoiceHub demo data";

    /// <summary>Past weeks given a digest: enough to see the planted bursts arrive and the triage of earlier ones.</summary>
    public const int DigestWeeks = 6;

    /// <summary>How often the digest step looks again for a first theme model that has classified everything.</summary>
    public static readonly TimeSpan DigestRecheck = TimeSpan.FromSeconds(10);

    /// <summary>How long the digest step waits for a first theme model (two hours of rechecks) before giving up.</summary>
    public const int MaxDigestAttempts = 720;

    [Queue("default")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task LoadAsync(CancellationToken ct)
    {
        var state = await demo.StateAsync(ct);
        if (state is null || state.LoadedAt is not null || state.RemovedAt is not null) return;
        var timer = Stopwatch.StartNew();
        var today = LondonTime.Today(clock);
        var places = (await localities.ListAsync(ct)).Select(l => l.Name).ToList();
        var files = DemoFeedback.Build(ProjectPaths.SeedsDirectory(options.Value), places, today);

        var documentIds = new List<long>();
        var items = 0;
        foreach (var file in files)
        {
            var (id, _) = await documents.SaveAsync(file.Channel.Code(), file.FileName, ContentTypes.For(file.FileName), file.Bytes,
                file.Details.ToJson(), null, ct);
            await demo.MarkDocumentAsync(id, ct);
            var outcome = await ingest.RunAsync(id, ct);
            if (outcome.Error is not null) log.LogWarning("Demo document {DocumentId} ({Channel}) was not read: {Status}", id, file.Channel.Code(), outcome.Status);
            items += outcome.ItemsAdded;
            documentIds.Add(id);
        }
        var made = await ProjectsAndActionsAsync(today, ct);
        await demo.MarkActionsAsync(made, ct);
        await demo.MarkLoadedAsync(timer.ElapsedMilliseconds, ct);
        log.LogInformation("Demo data loaded in {Ms} ms: {Documents} documents, {Items} items, {Actions} actions",
            timer.ElapsedMilliseconds, documentIds.Count, items, made.Count);
        jobs.Enqueue<DemoDataJob>(j => j.BuildDigestsAsync(0, CancellationToken.None));
    }

    /// <summary>
    /// The past weeks' digests, once a theme model is active and has classified every item (a new hub trains its
    /// first model in the background: about a minute). Until then it looks again every <see cref="DigestRecheck"/>, so the
    /// demo's digests follow the last item's themes closely, for one cheap query each time.
    /// </summary>
    [Queue("digest")]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task BuildDigestsAsync(int attempt, CancellationToken ct)
    {
        if (await demo.RemovedAsync(ct)) return;
        var active = await models.ActiveAsync(ct);
        if (active is null || await classifications.CountPendingAsync(active.Version, ct) > 0)
        {
            if (attempt >= MaxDigestAttempts)
            {
                log.LogWarning("Demo digests not built: no theme model classified the demo feedback within {Minutes} minutes",
                    (int)(MaxDigestAttempts * DigestRecheck).TotalMinutes);
                return;
            }
            jobs.Schedule<DemoDataJob>(j => j.BuildDigestsAsync(attempt + 1, CancellationToken.None), DigestRecheck);
            return;
        }
        var last = IsoWeek.PreviousOf(clock.GetUtcNow());
        var weeks = Enumerable.Range(0, DigestWeeks).Select(i => last.AddWeeks(i - DigestWeeks + 1)).ToList();
        foreach (var week in weeks)
        {
            await digests.BuildAsync(week, DemoDataStore.BuiltBy, onlyIfNone: true, c => saved.CountAsync(week, c), ct);
        }
        await demo.MarkFlagsAsync(weeks.Select(w => w.ToString()).ToList(), ct);
        // The newest, strongest issue is being worked on: linked to the active project and the planned action.
        if (await demo.TopFlagAsync(ct) is { } flag)
        {
            if (await demo.FirstProjectAsync(ProjectStatus.Active, ct) is { } projectId) await projects.LinkIssueAsync(projectId, flag, null, ct);
            if (await demo.FirstActionAsync(ActionStatus.Planned, ct) is { } actionId) await actions.LinkIssueAsync(actionId, flag, null, Actor, ct);
        }
        await demo.MarkDigestsBuiltAsync(ct);
        log.LogInformation("Demo digests built for {First} to {Last}", weeks[0], weeks[^1]);
    }

    /// <summary>A project at each status and an action at each status, linked to demo items. Returns the actions' ids.</summary>
    private async Task<List<long>> ProjectsAndActionsAsync(DateOnly today, CancellationToken ct)
    {
        var transportItems = await demo.DemoItemsMatchingAsync("transport", 3, ct);
        var phoneItems = await demo.DemoItemsMatchingAsync("phone", 3, ct);
        var carerItems = await demo.DemoItemsMatchingAsync("carer", 3, ct);
        var localityIds = (await localities.ListAsync(ct)).Select(l => l.Id).ToList();

        (string Title, string Aims, string Status, string Type, string Rung)[] planned =
        [
            ("Getting to the day centre", "Work with people who use day services and their carers to redesign transport to and from day centres, so journeys are on time and nobody is left waiting without word.", ProjectStatus.Active, "co-design", "co-production"),
            ("A phone line that answers", "Design, with people who ring us, how the adult social care phone line answers, calls back and says how long the wait is.", ProjectStatus.Recruiting, "co-design", "co-design"),
            ("Carers' short breaks", "Decide with carers how short-break funding is shared across the four localities.", ProjectStatus.Proposed, "co-decision", "engagement"),
            ("Reviewing home care visits", "Our Voice members and staff evaluate the new home care visit times together.", ProjectStatus.Paused, "co-evaluation", "co-production"),
            ("The carers' information pack", "Write, with carers, the pack every new carer receives.", ProjectStatus.Closed, "co-delivery", "co-production"),
        ];
        var projectIds = new List<long>();
        foreach (var (p, n) in planned.Select((p, n) => (p, n)))
        {
            var id = await projects.CreateAsync(new ProjectInput
            {
                Title = p.Title, Aims = p.Aims, Status = p.Status, Type = p.Type, Rung = p.Rung,
                StaffChair = "Head of Commissioning", LivedChair = "Our Voice member",
                StartsOn = p.Status == ProjectStatus.Proposed ? null : today.AddDays(-200 + n * 20),
                EndsOn = p.Status == ProjectStatus.Closed ? today.AddDays(-30) : null,
                Published = p.Status != ProjectStatus.Proposed,
                LocalityIds = n == 0 ? localityIds.Take(2).ToList() : localityIds,
            }, null, ct);
            await demo.MarkProjectAsync(id, ct);
            projectIds.Add(id);
        }
        await projects.LinkItemsAsync(projectIds[0], transportItems, null, ct);
        await projects.LinkItemsAsync(projectIds[1], phoneItems, null, ct);
        await projects.LinkSearchAsync(projectIds[0], "Transport to the day centre", Pages.Projects.SavedSearch.Serialise(new SearchRequest { Query = "transport late" }), null, ct);

        var made = new List<long>();
        async Task Action(ActionInput input, IReadOnlyCollection<long> linked)
        {
            var id = await actions.CreateAsync(input, null, Actor, ct);
            if (linked.Count > 0) await actions.LinkItemsAsync(id, linked, null, Actor, ct);
            made.Add(id);
        }
        await Action(new ActionInput
        {
            ProjectId = projectIds[0], Status = ActionStatus.Planned, Owner = "Transport commissioning lead", DueOn = today.AddDays(60),
            YouSaid = "Transport to the day centre was late or cancelled, and nobody told you.",
            WeWill = "Ask the transport provider to phone everyone whose journey is cancelled, and report each month how many journeys ran late.",
            Published = true,
        }, transportItems);
        await Action(new ActionInput
        {
            ProjectId = projectIds[1], Status = ActionStatus.InProgress, Owner = "Customer services manager", DueOn = today.AddDays(30),
            YouSaid = "It was hard to get through on the phone.", WeWill = "Add a call-back option to the adult social care phone line.", Published = true,
        }, phoneItems);
        await Action(new ActionInput
        {
            ProjectId = projectIds[4], Status = ActionStatus.Done, Owner = "Carers' lead", DueOn = today.AddDays(-40), DoneOn = today.AddDays(-35),
            YouSaid = "New carers did not know what help was available.", WeWill = "Send every new carer an information pack.",
            WeDid = "Since the spring every new carer gets the carers' information pack, written with carers.", Published = true,
        }, carerItems);
        await Action(new ActionInput
        {
            Status = ActionStatus.NotDoing, Owner = "Head of Commissioning",
            YouSaid = "Day centres should open at weekends.", WeWill = "Look at opening day centres on Saturdays.",
            NotDoingReason = "Too few people asked for it to pay for weekend staff this year; we will ask again at next year's Listening Spaces.",
            Published = true,
        }, []);
        await Action(new ActionInput
        {
            Status = ActionStatus.Discarded, YouSaid = "The car park was full.", WeWill = "",
        }, []);
        return made;
    }
}
