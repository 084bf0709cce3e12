namespace VoiceHub.Core.Model;

/// <summary>A draft action parsed from a document, its lines redacted, with the fingerprints of the items it is linked to.</summary>
public sealed record NewDraftAction(int Position, DraftLines Lines, byte[] Fingerprint, IReadOnlyList<byte[]> ItemFingerprints);
