using Microsoft.Extensions.Logging;
using VoiceHub.Ingest.Jobs;

namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// The ingest job's log, kept: its line on each parse carries the parsing process's peak memory and time
/// (<c>{PeakMb}</c>, <c>{ParseMs}</c>, <c>{Ending}</c>), which the hostile-file table reports.
/// </summary>
internal sealed class ParseLog : ILogger<IngestDocumentJob>
{
    private readonly List<IReadOnlyDictionary<string, object?>> _lines = [];

    /// <summary>The fields of the last parse line logged for <paramref name="documentId"/>, if any.</summary>
    public IReadOnlyDictionary<string, object?>? LastParse(long documentId)
    {
        lock (_lines) return _lines.LastOrDefault(l => l.ContainsKey("PeakMb") && Equals(l.GetValueOrDefault("DocumentId"), documentId));
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields) return;
        lock (_lines) _lines.Add(fields.ToDictionary(f => f.Key, f => f.Value));
    }
}
