using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace VoiceHub.Web.Notifications;

/// <summary>Sends through an SMTP server with MailKit.</summary>
public sealed class SmtpEmailSender(NotificationOptions.SmtpSettings settings) : IEmailSender
{
    public string Channel => "smtp";

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Headers.Add("X-VoiceHub-Reference", message.ClientReference);
        mime.Body = new TextPart("plain")
        {
            Text = $"{message.Body}\n\nYour reference: {message.Reference}\nSee what has happened: {message.TrackUrl}\n\n" +
                   $"To stop these emails: {message.StopUrl}\n",
        };

        using var client = new SmtpClient { Timeout = 30_000 };
        var security = Enum.TryParse<SecureSocketOptions>(settings.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Host!, settings.Port, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName)) await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
