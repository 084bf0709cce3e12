namespace VoiceHub.Ingest.Sandbox;

/// <summary>Why the host ended the parsing process, or why it ended by itself without an answer.</summary>
public enum SandboxStop
{
    /// <summary>Its working set passed <see cref="IngestLimits.MaxParseMemoryBytes"/>, or its heap hit the hard limit.</summary>
    Memory,
    /// <summary>It used more than <see cref="IngestLimits.MaxParseSeconds"/> of processor time, or twice that of wall-clock time.</summary>
    Time,
    /// <summary>Its answer passed the size the text limit allows.</summary>
    Output,
    /// <summary>It ended without an answer (a stack overflow, a fault in a library).</summary>
    Crashed,
}
