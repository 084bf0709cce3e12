using Hangfire;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Notifications;

/// <summary>
/// Works out, for everyone who asked to be told, which steps their feedback has newly reached, and queues one email
/// for the furthest (earlier new steps are recorded as superseded, so nobody gets four emails at once). Runs on a
/// schedule and after staff link or change actions; catches steps made elsewhere (themes from the classifier) and
/// re-enqueues sends whose job was lost. Idempotent: the outbox holds each item's step once.
/// </summary>
public sealed class NotificationSweepJob(JourneyStore journeys, NotificationOutboxStore outbox, Notifier notifier,
    IBackgroundJobClient jobs, ILogger<NotificationSweepJob> log)
{
    private const int Page = 500;

    [Queue("default")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken ct)
    {
        var queued = 0;
        long after = 0;
        while (true)
        {
            var page = await journeys.ContactedItemsInProgressAsync(after, Page, ct);
            foreach (var itemId in page)
            {
                var journey = await journeys.FindAsync(itemId, ct);
                if (journey is null) continue;
                var already = await outbox.QueuedStepsAsync(itemId, ct);
                var fresh = journey.Reached.Where(s => !already.Contains(s)).ToList();
                foreach (var step in fresh)
                {
                    if (await notifier.QueueAsync(itemId, step, ct, superseded: step != fresh[^1])) queued++;
                }
            }
            if (page.Count < Page) break;
            after = page[^1];
        }

        foreach (var id in await outbox.ListStalePendingAsync(TimeSpan.FromMinutes(15), 500, ct))
        {
            jobs.Enqueue<SendNotificationJob>(j => j.RunAsync(id, CancellationToken.None));
        }
        if (queued > 0) log.LogInformation("Notification sweep queued {Count} emails", queued);
    }
}
