using Hangfire;
using Microsoft.Extensions.Options;
using Npgsql;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Web.Notifications;

/// <summary>
/// Sends one outbox email. The row is claimed (locked) while sending and marked sent in the same transaction, so two
/// workers never send it twice and a sent row is never sent again. A failure leaves it pending and throws, so
/// Hangfire retries; after <see cref="MaxAttempts"/> it is marked failed. Logs ids and steps, never addresses or text.
/// </summary>
public sealed class SendNotificationJob(
    NpgsqlDataSource db,
    NotificationOutboxStore outbox,
    FeedbackContactStore contacts,
    JourneyStore journeys,
    ItemStore items,
    EmailSenders senders,
    IOptions<NotificationOptions> options,
    ILogger<SendNotificationJob> log)
{
    public const int MaxAttempts = 5;

    [Queue("default")]
    [AutomaticRetry(Attempts = MaxAttempts - 1, DelaysInSeconds = [30, 120, 600, 3600])]
    public async Task RunAsync(long outboxId, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (!await NotificationOutboxStore.TryClaimAsync(conn, tx, outboxId, ct)) return;
        var message = (await outbox.FindAsync(outboxId, ct))!;
        var step = JourneySteps.Parse(message.Step);

        var contact = await contacts.FindActiveAsync(message.ItemId, ct);
        var item = await items.FindAsync(message.ItemId, ct);
        var journey = await journeys.FindAsync(message.ItemId, ct);
        if (contact is null || item is null || journey is null)
        {
            await NotificationOutboxStore.MarkAsync(conn, tx, outboxId, NotificationOutboxStore.Skipped, null, "no one to tell: consent withdrawn or feedback removed", ct);
            await tx.CommitAsync(ct);
            log.LogInformation("Notification {OutboxId} ({Step}) skipped: no active contact", outboxId, message.Step);
            return;
        }
        var sender = senders.Configured;
        if (sender is null)
        {
            await NotificationOutboxStore.MarkAsync(conn, tx, outboxId, NotificationOutboxStore.Skipped, null, "no email service configured", ct);
            await tx.CommitAsync(ct);
            log.LogWarning("Notification {OutboxId} for item {ItemId} ({Step}) skipped: neither VoiceHub:Notify nor VoiceHub:Smtp is configured",
                outboxId, message.ItemId, message.Step);
            return;
        }

        var (subject, body) = StepMessages.For(step, item.Reference, journey);
        var baseUrl = (options.Value.PublicUrl ?? "").TrimEnd('/');
        var email = new EmailMessage(contact.Value.Email, subject, body, Core.ReferenceCode.Format(item.Reference),
            $"{baseUrl}/track", $"{baseUrl}/track/stop-emails/{contact.Value.WithdrawToken}", $"voicehub-outbox-{outboxId}");
        try
        {
            await sender.SendAsync(email, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await tx.RollbackAsync(CancellationToken.None);
            var giveUp = message.Attempts + 1 >= MaxAttempts;
            await outbox.RecordFailedAttemptAsync(outboxId, $"{sender.Channel}: {e.GetType().Name}", giveUp, CancellationToken.None);
            // The exception's message may quote the address back; only its type is logged.
            log.LogWarning("Notification {OutboxId} ({Step}) attempt {Attempt} by {Channel} failed: {Error}",
                outboxId, message.Step, message.Attempts + 1, sender.Channel, e.GetType().Name);
            if (giveUp) return;
            throw new NotificationFailedException(outboxId, e.GetType().Name);
        }
        await NotificationOutboxStore.MarkAsync(conn, tx, outboxId, NotificationOutboxStore.Sent, sender.Channel, null, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Notification {OutboxId} for item {ItemId} ({Step}) sent by {Channel}", outboxId, message.ItemId, message.Step, sender.Channel);
    }
}
