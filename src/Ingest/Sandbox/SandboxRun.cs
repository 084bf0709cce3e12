using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Sandbox;

/// <summary>
/// One file parsed in the parsing process: the answer (a refusal naming the limit when the process was stopped or
/// died), and what it cost, for logs and the hostile-file table in <c>bench/README.md</c>.
/// </summary>
/// <param name="PeakMemoryBytes">The parsing process's peak working set, as last seen by the host.</param>
/// <param name="StoppedBy">Null when the process answered; else the limit that stopped it (<see cref="SandboxStop"/>).</param>
/// <param name="InProcess">Read in this process: a feedback batch VoiceHub wrote itself (<see cref="ParseSandbox.IsOwnBatch"/>).</param>
public sealed record SandboxRun(ParseResult Result, long PeakMemoryBytes, TimeSpan Elapsed, TimeSpan ProcessorTime, SandboxStop? StoppedBy,
    bool InProcess = false);
