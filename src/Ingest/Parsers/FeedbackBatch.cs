using System.Text.Json;

namespace VoiceHub.Ingest.Parsers;

/// <summary>One piece of feedback given through the online form or the API, before it is stored.</summary>
public sealed record SubmittedFeedback
{
    public required string Text { get; init; }
    public string? Locality { get; init; }
    public string? Postcode { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>What the text answers (the sending system's question or form name).</summary>
    public string? Context { get; init; }
    /// <summary>The sending system's own id for it: sending it again adds nothing.</summary>
    public string? ExternalId { get; init; }
    /// <summary>The reference already shown to the person (online form).</summary>
    public string? Reference { get; init; }
}

/// <summary>
/// What the online form and the API store as a document (JSON): the feedback, where it came from and when. Kept whole
/// like any upload and ingested by the same job. Never holds a contact email: that is kept apart.
/// </summary>
public sealed record FeedbackBatch
{
    /// <summary>Who sent it: <c>online-form</c>, or the API key's name.</summary>
    public required string Source { get; init; }
    public long? ApiKeyId { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Makes each submission's bytes unique, so two people sending the same words are two documents.</summary>
    public string Nonce { get; init; } = Guid.NewGuid().ToString("N");
    public required IReadOnlyList<SubmittedFeedback> Items { get; init; }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, Options);

    public static FeedbackBatch? FromBytes(byte[] bytes) => JsonSerializer.Deserialize<FeedbackBatch>(bytes, Options);
}
