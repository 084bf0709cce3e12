namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// The inbox folder (section <c>VoiceHub:Inbox</c>): one subfolder per channel (<c>survey</c>, <c>listening-space</c>,
/// <c>talking-shop</c>, <c>vcs-report</c>), each with <c>processed</c> and <c>failed</c> folders made beside the files.
/// Off when <see cref="Path"/> is unset. Looked at every minute.
/// </summary>
public sealed class InboxOptions
{
    public const string Section = "VoiceHub:Inbox";

    public string? Path { get; set; }
}
