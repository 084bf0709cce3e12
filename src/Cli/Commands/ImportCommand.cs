using System.CommandLine;
using VoiceHub.Analysis.Themes;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Search.Jobs;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub import FILE --channel survey --json</c>: stores and ingests a file in this process (no job server), writes
/// PostgreSQL only, then brings the index up to date when no app holds it. Exit 0 when it did its job, including a
/// file refused for bad content (reported as <c>"status":"failed"</c>); non-zero when it could not run.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to import" };
        var channel = new Option<string>("--channel")
        {
            Description = "Where the feedback came from: survey, listening-space, talking-shop or vcs-report",
            Required = true,
        };
        var locality = new Option<string?>("--locality") { Description = "The locality all of this feedback is about" };
        var organisation = new Option<string?>("--organisation") { Description = "VCS reports: the organisation that wrote it" };
        var period = new Option<string?>("--period") { Description = "VCS reports: the period it covers, e.g. \"1 April to 30 June 2026\"" };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("import", "Import a file of feedback") { file, channel, locality, organisation, period, json };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"voicehub import: {path.FullName} does not exist.");
                return 2;
            }
            if (!Channels.TryParse(parse.GetValue(channel), out var ch) || ch is Channel.OnlineForm or Channel.Api)
            {
                await Console.Error.WriteLineAsync($"voicehub import: unknown channel '{parse.GetValue(channel)}'. " +
                                                   "Use survey, listening-space, talking-shop or vcs-report.");
                return 2;
            }

            await using var host = await CliHost.StartAsync(ct);
            var documents = host.Get<DocumentStore>();
            var bytes = await File.ReadAllBytesAsync(path.FullName, ct);
            var details = new UploadDetails().With(new Dictionary<string, string>
            {
                [UploadDetails.Locality] = parse.GetValue(locality) ?? "",
                [UploadDetails.Organisation] = parse.GetValue(organisation) ?? "",
                [UploadDetails.Period] = parse.GetValue(period) ?? "",
            });
            var (id, created) = await documents.SaveAsync(ch.Code(), path.Name, ContentTypes.For(path.Name), bytes, details.ToJson(), null, ct);
            IngestOutcome outcome;
            if (created || (await documents.FindAsync(id, ct))!.Status is DocumentStatus.Received or DocumentStatus.Ingesting)
            {
                outcome = await host.Get<IngestDocumentJob>().RunAsync(id, ct);
            }
            else
            {
                var existing = IngestOutcome.From((await documents.FindAsync(id, ct))!);
                outcome = existing with
                {
                    ItemsAdded = 0,
                    DuplicatesSkipped = existing.ItemsAdded + existing.DuplicatesSkipped,
                    Warnings = [$"{path.Name} was imported before, as document {id}; nothing new was added."],
                };
            }

            // New items get their themes now when a model is active (a running hub's jobs would within a minute).
            await host.Get<ItemClassifier>().ClassifyPendingAsync(int.MaxValue, ct);
            await host.Get<IndexSync>().CatchUpAsync(ct); // does nothing when an app holds the index: its follower will

            if (parse.GetValue(json))
            {
                Json.Print(new
                {
                    documentId = outcome.DocumentId,
                    status = outcome.Status,
                    itemsAdded = outcome.ItemsAdded,
                    duplicatesSkipped = outcome.DuplicatesSkipped,
                    warnings = outcome.Warnings,
                    error = outcome.Error,
                });
            }
            else
            {
                Console.WriteLine($"Document {outcome.DocumentId}: {outcome.Status}. {outcome.ItemsAdded} items added, {outcome.DuplicatesSkipped} already stored.");
                if (outcome.Error is not null) Console.WriteLine(outcome.Error);
                foreach (var w in outcome.Warnings) Console.WriteLine("  " + w);
            }
            return 0;
        });
        return command;
    }
}
