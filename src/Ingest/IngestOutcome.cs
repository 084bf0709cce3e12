using System.Text.Json;
using VoiceHub.Core.Model;

namespace VoiceHub.Ingest;

/// <summary>What an ingest did: the CLI prints it as JSON, the upload page shows it.</summary>
public sealed record IngestOutcome(long DocumentId, string Status, int ItemsAdded, int DuplicatesSkipped, IReadOnlyList<string> Warnings, string? Error)
{
    public static IngestOutcome From(Document d)
    {
        var warnings = JsonSerializer.Deserialize<List<string>>(d.Warnings) ?? [];
        if (d.Status == DocumentStatus.NeedsReview)
        {
            using var metadata = JsonDocument.Parse(d.Metadata);
            var missing = metadata.RootElement.TryGetProperty("missing", out var m) && m.ValueKind == JsonValueKind.Array
                ? string.Join(", ", m.EnumerateArray().Select(x => x.GetString()))
                : "";
            warnings.Add($"{d.FileName} is waiting for staff to give: {missing}. Nothing is stored until then (document {d.Id}, review page /documents/{d.Id}/review).");
        }
        return new(d.Id, d.Status, d.ItemsAdded, d.DuplicatesSkipped, warnings, d.Error);
    }
}
