namespace VoiceHub.Core.Model;

/// <summary>The life of an upload. Stored lower-case.</summary>
public static class DocumentStatus
{
    public const string Received = "received";
    public const string Ingesting = "ingesting";
    public const string Ingested = "ingested";
    public const string Failed = "failed";
    /// <summary>A survey waiting for staff to confirm what each column holds.</summary>
    public const string NeedsMapping = "needs-mapping";
    /// <summary>Parsed, but fields it lacks (a Listening Space's date or locality) must be given by staff first.</summary>
    public const string NeedsReview = "needs-review";
}
