using System.Text.Json;
using VoiceHub.Core.Model;

namespace VoiceHub.Ingest;

/// <summary>What an ingest did: the CLI prints it as JSON, the upload page shows it.</summary>
public sealed record IngestOutcome(long DocumentId, string Status, int ItemsAdded, int DuplicatesSkipped, IReadOnlyList<string> Warnings, string? Error)
{
    public static IngestOutcome From(Document d) => new(
        d.Id, d.Status, d.ItemsAdded, d.DuplicatesSkipped,
        JsonSerializer.Deserialize<List<string>>(d.Warnings) ?? [], d.Error);
}
