using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using VoiceHub.Analysis.Digest;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;
using VoiceHub.Search;
using VoiceHub.Search.SavedSearches;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub digest --week 2026-W47 --out FILE.html</c>: writes a week's digest as one self-contained HTML file. The
/// week's stored snapshot is used when there is one (what staff saw); otherwise the digest is built and stored as the
/// week's first version, as the Monday job would. <c>--rebuild</c> stores a new version first.
/// </summary>
public static class DigestCommand
{
    public static Command Create()
    {
        var week = new Option<string>("--week") { Description = "The ISO week, like 2026-W47 (default: last week)" };
        var output = new Option<FileInfo>("--out") { Description = "The HTML file to write", Required = true };
        var rebuild = new Option<bool>("--rebuild") { Description = "Build and store a new version even if the week has one" };
        var command = new Command("digest", "Write a week's digest as an HTML file") { week, output, rebuild };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(week);
            var target = IsoWeek.PreviousOf(DateTimeOffset.UtcNow);
            if (text is not null && !IsoWeek.TryParse(text, out target))
            {
                await Console.Error.WriteLineAsync($"voicehub digest: --week '{text}' is not an ISO week. Write it like 2026-W47.");
                return 2;
            }
            var file = parse.GetValue(output)!;
            if (file.Directory is { Exists: false } dir)
            {
                await Console.Error.WriteLineAsync($"voicehub digest: the folder {dir.FullName} for --out does not exist.");
                return 2;
            }
            await using var host = await CliHost.StartAsync(ct);
            var digests = host.Get<DigestStore>();
            var built = false;
            var record = parse.GetValue(rebuild) ? null : await digests.FindAsync(target.ToString(), null, ct);
            if (record is null)
            {
                (record, built) = await host.Get<DigestBuilder>().BuildAsync(target, "voicehub digest", onlyIfNone: !parse.GetValue(rebuild),
                    c => SavedSearchesAsync(host, target, c), ct);
            }
            var content = JsonSerializer.Deserialize<DigestContent>(record.Content, DigestBuilder.Json)!;
            var quotes = await digests.QuoteTextsAsync(content.Issues.SelectMany(i => i.Quotes).Concat(content.NewTopics.SelectMany(t => t.Quotes)).Select(q => q.ItemId).ToList(), ct);
            var html = await DigestHtml.DocumentAsync(content, Links(CliHost.Configuration()["VoiceHub:PublicUrl"], target), quotes, DigestFileStyles.Css);
            await File.WriteAllTextAsync(file.FullName, html, ct);
            Console.WriteLine($"Wrote the digest for {target.Describe()} (version {record.Version}{(built ? ", built now" : "")}) to {file.FullName}: " +
                              $"{content.Numbers.Total:N0} items, {content.Issues.Count} emerging issues, {content.Phrases.Count} new phrases.");
            return 0;
        });
        return command;
    }

    /// <summary>With the hub's public address configured the file links back to it; otherwise it has no links.</summary>
    private static DigestLinks Links(string? publicUrl, IsoWeek week)
    {
        if (string.IsNullOrWhiteSpace(publicUrl)) return DigestLinks.None;
        var b = publicUrl.TrimEnd('/');
        return new DigestLinks
        {
            Flag = id => $"{b}/emerging/{Uri.EscapeDataString(id)}",
            Item = id => $"{b}/items/{id}",
            Action = id => $"{b}/actions/{id}",
            Trends = theme => $"{b}/trends?theme={Uri.EscapeDataString(theme)}&to={week}",
            SavedSearches = $"{b}/search/saved",
            Coverage = $"{b}/coverage?to={week}",
        };
    }

    private static async Task<SavedSearchCounts> SavedSearchesAsync(CliHost host, IsoWeek week, CancellationToken ct)
    {
        if (host.Get<IndexHolder>().Current.Rebuilding) return new SavedSearchCounts([], "Saved searches were not counted: the search index was being rebuilt.");
        try
        {
            var all = await host.Get<SavedSearchMatches>().CountAllNewInWeekAsync(week.Year, week.Week, ct);
            return new SavedSearchCounts(all.Select(a => new DigestContent.SavedSearchNews(a.Search.Id, a.Search.Name, a.NewMatches)).ToList(), null);
        }
        catch (IndexNotReadyException)
        {
            return new SavedSearchCounts([], "Saved searches were not counted: the search index was not ready.");
        }
    }
}
