namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// One nasty upload: what it is called, the channel it is uploaded for, its bytes, and what must become of it:
/// <see cref="Ingested"/>, words its failure reason must contain (the limit it names), or null for any clear outcome.
/// </summary>
public sealed record HostileCase(string Name, string Channel, byte[] Bytes, string? Expect = null)
{
    public const string Ingested = "(ingested)";

    public override string ToString() => $"{Name} ({Channel}, {Bytes.Length:N0} bytes)";
}
