namespace VoiceHub.Web.Notifications;

/// <summary>One email: plain text for SMTP, and the same parts as personalisation for a GOV.UK Notify template.</summary>
public sealed record EmailMessage(
    string To,
    string Subject,
    string Body,
    string Reference,
    string TrackUrl,
    string StopUrl,
    string ClientReference);
