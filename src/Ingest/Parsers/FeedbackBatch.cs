using System.Text.Json;

namespace VoiceHub.Ingest.Parsers;

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
