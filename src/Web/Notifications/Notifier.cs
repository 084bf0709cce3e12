using Hangfire;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Notifications;

/// <summary>
/// Queues the email for one step of one item's journey, when its giver asked to be told: a row in the outbox (once per
/// item and step, ever) and a Hangfire job to send it. Safe to call again: a step already queued is left alone.
/// </summary>
public sealed class Notifier(FeedbackContactStore contacts, NotificationOutboxStore outbox, IBackgroundJobClient jobs)
{
    /// <param name="superseded">True when a later step is being queued at the same time: recorded, not sent.</param>
    /// <returns>True when a new email was queued.</returns>
    public async Task<bool> QueueAsync(long itemId, JourneyStep step, CancellationToken ct, bool superseded = false)
    {
        if (await contacts.FindActiveAsync(itemId, ct) is null) return false;
        var id = await outbox.QueueAsync(itemId, step, superseded, ct);
        if (id is null || superseded) return false;
        jobs.Enqueue<SendNotificationJob>(j => j.RunAsync(id.Value, CancellationToken.None));
        return true;
    }
}
