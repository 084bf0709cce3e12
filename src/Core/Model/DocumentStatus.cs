namespace VoiceHub.Core.Model;

/// <summary>The life of an upload. Stored lower-case.</summary>
public static class DocumentStatus
{
    public const string Received = "received";
    public const string Ingesting = "ingesting";
    public const string Ingested = "ingested";
    public const string Failed = "failed";
}
