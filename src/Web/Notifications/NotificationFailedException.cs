namespace VoiceHub.Web.Notifications;

/// <summary>Thrown so Hangfire retries a failed send; carries ids and the error's type only (no address, no text).</summary>
public sealed class NotificationFailedException(long outboxId, string error)
    : Exception($"Notification {outboxId} could not be sent ({error}); it will be retried.");
