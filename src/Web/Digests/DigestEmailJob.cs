using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.Options;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Web.Notifications;

namespace VoiceHub.Web.Digests;

/// <summary>
/// Emails a digest to each subscriber once, through the configured sender (GOV.UK Notify or SMTP). The email carries
/// figures and the sentences of emerging issues, never what people said, and links to the digest. With no sender
/// configured each subscriber is recorded as skipped and one line is logged. Logs ids, never addresses.
/// </summary>
public sealed class DigestEmailJob(DigestStore digests, EmailSenders senders, IOptions<NotificationOptions> options, ILogger<DigestEmailJob> log)
{
    [Queue("digest")]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(long digestId, CancellationToken ct)
    {
        var digest = await digests.FindByIdAsync(digestId, ct);
        if (digest is null) return;
        var recipients = await digests.PendingRecipientsAsync(digestId, ct);
        if (recipients.Count == 0) return;
        var sender = senders.Configured;
        if (sender is null)
        {
            foreach (var (userId, _) in recipients) await digests.RecordEmailAsync(digestId, userId, "skipped", null, "no email service configured", ct);
            log.LogWarning("Digest {Week} v{Version} not emailed to {Count} subscribers: neither VoiceHub:Notify nor VoiceHub:Smtp is configured",
                digest.Week, digest.Version, recipients.Count);
            return;
        }
        var content = JsonSerializer.Deserialize<DigestContent>(digest.Content, DigestBuilder.Json)!;
        var baseUrl = (options.Value.PublicUrl ?? "").TrimEnd('/');
        var url = $"{baseUrl}/digests/{digest.Week}";
        // Each reader's "updated" email says what changed since the version they were emailed, not the newest earlier one.
        var emailed = content.Supersedes is null ? new Dictionary<long, DigestRecord>() : await digests.LastEmailedAsync(digest.Week, digest.Version, ct);
        var failed = 0;
        foreach (var (userId, email) in recipients)
        {
            try
            {
                var theirs = emailed.TryGetValue(userId, out var was)
                    ? DigestChanges.ForReader(content, was.Version, JsonSerializer.Deserialize<DigestContent>(was.Content, DigestBuilder.Json))
                    : content;
                var (subject, body) = DigestEmail.Write(theirs, url);
                await sender.SendAsync(new EmailMessage(email, subject, body, $"digest {digest.Week}", url, $"{baseUrl}/digests",
                    $"voicehub-digest-{digestId}-{userId}"), ct);
                await digests.RecordEmailAsync(digestId, userId, "sent", sender.Channel, null, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed++;
                log.LogWarning("Digest {DigestId} email to user {UserId} by {Channel} failed: {Error}", digestId, userId, sender.Channel, e.GetType().Name);
            }
        }
        log.LogInformation("Digest {Week} v{Version} emailed to {Sent} of {Count} subscribers", digest.Week, digest.Version, recipients.Count - failed, recipients.Count);
        // A failed send is left without a record, so Hangfire's retry tries that subscriber (and only that one) again.
        if (failed > 0) throw new InvalidOperationException($"{failed} digest emails could not be sent; they will be retried.");
    }
}
