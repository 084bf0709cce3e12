namespace VoiceHub.Ingest.Parsers;

/// <summary>
/// Everything a parser needs about one file but its bytes, so a parse can run where there is no database: the
/// separate parsing process receives this, then the bytes (<see cref="Sandbox.ParseSandbox"/>).
/// </summary>
/// <param name="Metadata">The document's upload details, as stored (JSON).</param>
/// <param name="SurveyMappings">Column roles staff saved before, by header signature (surveys only; empty otherwise).</param>
/// <param name="TableOnly">Read a survey's table for the mapping page instead of parsing it: see <see cref="ParseResult.Table"/>.</param>
public sealed record ParseRequest(
    string Channel,
    string FileName,
    string Metadata,
    IngestLimits Limits,
    IReadOnlyDictionary<string, string[]> SurveyMappings,
    bool TableOnly = false);
