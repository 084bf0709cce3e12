using Microsoft.Extensions.Options;

namespace VoiceHub.Web.Notifications;

/// <summary>Picks the configured sender: GOV.UK Notify first, then SMTP; none when neither is configured.</summary>
public sealed class EmailSenders(IOptions<NotificationOptions> options)
{
    public IEmailSender? Configured { get; } = Pick(options.Value);

    private static IEmailSender? Pick(NotificationOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.Notify.ApiKey) && !string.IsNullOrWhiteSpace(o.Notify.TemplateId)) return new NotifyEmailSender(o.Notify);
        if (!string.IsNullOrWhiteSpace(o.Smtp.Host)) return new SmtpEmailSender(o.Smtp);
        return null;
    }
}
