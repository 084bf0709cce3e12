using System.Text;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;

namespace VoiceHub.Ingest.Jobs;

/// <summary>
/// Takes files dropped in the inbox folder's channel subfolders, stores and ingests each, then moves it to
/// <c>processed/</c>, or to <c>failed/</c> with a <c>NAME.error.txt</c> beside it saying why. One run at a time across
/// all nodes (Hangfire's distributed lock); a file seen twice (a crash between storing and moving) is the same
/// document by its SHA-256, so it is never ingested twice.
/// </summary>
public sealed class InboxJob(DocumentStore documents, IngestDocumentJob ingest, IOptions<InboxOptions> options, TimeProvider clock, ILogger<InboxJob> log)
{
    public static readonly Channel[] Channels = [Channel.Survey, Channel.ListeningSpace, Channel.TalkingShop, Channel.VcsReport];

    /// <summary>Files still being written are left for the next run.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    [Queue("ingest")]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var root = options.Value.Path;
        if (string.IsNullOrWhiteSpace(root)) return 0;
        var handled = 0;
        foreach (var channel in Channels)
        {
            var folder = Path.Combine(root, channel.Code());
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList())
            {
                var info = new FileInfo(file);
                if (info.Name.StartsWith('.') || info.Name.StartsWith('~') || clock.GetUtcNow().UtcDateTime - info.LastWriteTimeUtc < Settle) continue;
                ct.ThrowIfCancellationRequested();
                await TakeAsync(channel, info, folder, ct);
                handled++;
            }
        }
        return handled;
    }

    private async Task TakeAsync(Channel channel, FileInfo file, string folder, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file.FullName, ct);
        }
        catch (IOException)
        {
            return; // still locked by whoever is writing it: next run
        }

        string? error;
        if (bytes.Length == 0)
        {
            error = $"{file.Name} is empty.";
        }
        else
        {
            var (id, _) = await documents.SaveAsync(channel.Code(), file.Name, ContentTypes.For(file.Name), bytes, """{"source":"inbox"}""", null, ct);
            var outcome = await ingest.RunAsync(id, ct);
            error = outcome.Status == DocumentStatus.Failed ? outcome.Error ?? "It could not be read." : null;
            log.LogInformation("Inbox file for {Channel} became document {DocumentId}: {Status}", channel.Code(), id, outcome.Status);
        }

        var target = Path.Combine(folder, error is null ? "processed" : "failed");
        Directory.CreateDirectory(target);
        var destination = FreeName(target, file.Name);
        File.Move(file.FullName, destination);
        if (error is not null)
        {
            await File.WriteAllTextAsync(destination + ".error.txt", error + Environment.NewLine, Encoding.UTF8, ct);
        }
    }

    /// <summary>A file of the same name already there (an earlier export) is kept: the new one gets a time stamp.</summary>
    private string FreeName(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) return path;
        return Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}-{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}{Path.GetExtension(name)}");
    }
}
