namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>One nasty upload: what it is called, the channel it is uploaded for, and its bytes.</summary>
public sealed record HostileCase(string Name, string Channel, byte[] Bytes)
{
    public override string ToString() => $"{Name} ({Channel}, {Bytes.Length:N0} bytes)";
}
