namespace VoiceHub.Web.Notifications;

/// <summary>
/// How "your feedback has moved on" emails are sent: GOV.UK Notify when <c>VoiceHub:Notify:ApiKey</c> and
/// <c>TemplateId</c> are set, else SMTP when <c>VoiceHub:Smtp:Host</c> is, else not at all (each step is recorded as
/// skipped and logged, without addresses).
/// </summary>
public sealed class NotificationOptions
{
    public NotifySettings Notify { get; set; } = new();
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The public address of the hub, for links in emails (e.g. <c>https://voicehub.council.gov.uk</c>).</summary>
    public string? PublicUrl { get; set; }

    public sealed class NotifySettings
    {
        public string? ApiKey { get; set; }

        /// <summary>
        /// A Notify email template with the personalisation fields <c>subject</c>, <c>body</c>, <c>reference</c>,
        /// <c>track_url</c> and <c>stop_url</c>.
        /// </summary>
        public string? TemplateId { get; set; }

        /// <summary>Notify's API address; only changed for testing.</summary>
        public string? BaseUrl { get; set; }
    }

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string From { get; set; } = "voicehub@council.example";

        /// <summary>StartTls (default), SslOnConnect, or None (a relay on the same host only).</summary>
        public string Security { get; set; } = "StartTls";
    }
}
