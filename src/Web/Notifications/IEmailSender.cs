namespace VoiceHub.Web.Notifications;

/// <summary>Sends one email. Two implementations: GOV.UK Notify and SMTP; which one runs is configuration.</summary>
public interface IEmailSender
{
    /// <summary>Recorded on the outbox row: notify | smtp.</summary>
    string Channel { get; }

    Task SendAsync(EmailMessage message, CancellationToken ct);
}
