namespace VoiceHub.Core.Model;

/// <summary>A draft action parsed from a document, with the fingerprints of the items it is linked to.</summary>
public sealed record NewDraftAction(int Position, string YouSaid, string WeWill, byte[] Fingerprint, IReadOnlyList<byte[]> ItemFingerprints);
