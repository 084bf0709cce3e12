using Notify.Client;

namespace VoiceHub.Web.Notifications;

/// <summary>Sends through GOV.UK Notify with one template; the outbox id is the client reference, so Notify's own records match ours.</summary>
public sealed class NotifyEmailSender(NotificationOptions.NotifySettings settings) : IEmailSender
{
    public string Channel => "notify";

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var client = string.IsNullOrWhiteSpace(settings.BaseUrl)
            ? new NotificationClient(settings.ApiKey)
            : new NotificationClient(settings.BaseUrl, settings.ApiKey);
        var personalisation = new Dictionary<string, dynamic>
        {
            ["subject"] = message.Subject,
            ["body"] = message.Body,
            ["reference"] = message.Reference,
            ["track_url"] = message.TrackUrl,
            ["stop_url"] = message.StopUrl,
        };
        await client.SendEmailAsync(message.To, settings.TemplateId, personalisation, message.ClientReference).WaitAsync(ct);
    }
}
