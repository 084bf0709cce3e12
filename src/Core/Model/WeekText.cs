namespace VoiceHub.Core.Model;

/// <summary>
/// An item's redacted text with the document and channel it came from: what new-phrase detection reads. A channel
/// where each item is one person's answer (a survey row, an online form) makes each item its own voice, however many
/// share one upload; notes of a meeting or a report are one voice per document.
/// </summary>
public sealed record WeekText(long ItemId, long DocumentId, DateOnly WeekStart, string Text, string? Channel = null)
{
    /// <summary>Channels whose items are each one person's own comment.</summary>
    public static readonly IReadOnlySet<string> OnePersonPerItem = new HashSet<string>(StringComparer.Ordinal) { "survey", "online-form", "api" };

    /// <summary>Who said it, as far as independence goes: the item for one-person channels, else its document.</summary>
    public (bool Item, long Id) Voice => Channel is not null && OnePersonPerItem.Contains(Channel) ? (true, ItemId) : (false, DocumentId);
}
