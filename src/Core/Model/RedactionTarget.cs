namespace VoiceHub.Core.Model;

/// <summary>
/// Stored text to redact again: an item (its text as received, or its redacted text once retention erased that) or a
/// draft action's lines. <see cref="Source"/> is what the redactor runs over; <see cref="Current"/> what is stored now,
/// so a change made meanwhile (an erasure, a staff edit) is never overwritten.
/// </summary>
public sealed record RedactionTarget(long Id, string Source, string Current, string? Redactions, bool FromRedacted, string? Context = null,
    string? SecondSource = null, string? SecondCurrent = null);
