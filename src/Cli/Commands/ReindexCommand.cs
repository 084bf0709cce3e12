using System.CommandLine;
using VoiceHub.Core.Stores;
using VoiceHub.Search;
using VoiceHub.Search.Jobs;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub reindex [--wait] [--json]</c>: rebuilds the search index from PostgreSQL beside the live one and swaps it
/// in. It records a rebuild request, which every node's follower serves for its own index; when no app holds this
/// machine's index, the command does the rebuild and the swap itself. A process cannot swap a folder under another
/// process's IndexWriter, hence the request. <c>--wait</c> waits until this machine's index has been rebuilt.
/// </summary>
public static class ReindexCommand
{
    public static Command Create()
    {
        var wait = new Option<bool>("--wait") { Description = "When an app holds the index, wait until it has rebuilt and swapped it" };
        var timeout = new Option<int>("--timeout") { Description = "Minutes to wait at most", DefaultValueFactory = _ => 30 };
        var json = new Option<bool>("--json") { Description = "Print one line of JSON" };
        var command = new Command("reindex", "Rebuild the search index from the database and swap it in") { wait, timeout, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var host = await CliHost.StartAsync(ct);
            var request = await host.Get<IndexRequestStore>().RequestRebuildAsync($"voicehub reindex ({Environment.UserName}@{Environment.MachineName})", ct);
            IndexHolder holder;
            try
            {
                holder = host.Get<IndexHolder>();
            }
            catch (IndexNotReadyException)
            {
                // The app is creating this machine's index right now, from the database: that is a rebuild already.
                Report(parse.GetValue(json), request, rebuilt: false, null, null,
                    $"The app running on this machine is building the search index from the database now (request {request} recorded).");
                return 0;
            }

            if (holder.Current.CanWrite)
            {
                var (items, took) = await host.Get<IndexRebuilder>().RebuildAsync(request, ct);
                Report(parse.GetValue(json), request, rebuilt: true, items, took.TotalSeconds,
                    $"Rebuilt the search index from the database: {items:N0} items in {took.TotalSeconds:0.0}s, swapped in at {holder.Current.Path}.");
                return 0;
            }

            var path = holder.Current.Path;
            if (!parse.GetValue(wait))
            {
                Report(parse.GetValue(json), request, rebuilt: false, null, null,
                    $"The app running on this machine holds the index, so it was asked to rebuild (request {request}). " +
                    "It builds a fresh index beside the live one and swaps it in; search carries on meanwhile. Use --wait to wait for it.");
                return 0;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var deadline = TimeSpan.FromMinutes(Math.Max(1, parse.GetValue(timeout)));
            while (LuceneIndex.ReadRebuildRequest(path) is not { } served || served < request)
            {
                if (clock.Elapsed > deadline)
                {
                    await Console.Error.WriteLineAsync($"voicehub reindex: the app has not rebuilt the index after {deadline.TotalMinutes:0} minutes. " +
                                                       "Is it running? Its log says why; the request stays recorded.");
                    return 1;
                }
                await Task.Delay(1000, ct);
            }
            Report(parse.GetValue(json), request, rebuilt: true, null, clock.Elapsed.TotalSeconds,
                $"The app rebuilt the search index and swapped it in (request {request}), after {clock.Elapsed.TotalSeconds:0}s.");
            return 0;
        });
        return command;
    }

    private static void Report(bool json, long request, bool rebuilt, int? items, double? seconds, string text)
    {
        if (json) Json.Print(new { request, rebuilt, items, seconds = seconds is { } s ? Math.Round(s, 1) : (double?)null });
        else Console.WriteLine(text);
    }
}
