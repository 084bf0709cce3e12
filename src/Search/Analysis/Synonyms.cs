using Microsoft.Extensions.Logging;

namespace VoiceHub.Search.Analysis;

/// <summary>
/// The domain synonyms from an editable file (<c>seeds/synonyms.txt</c>): one line per set of words or phrases that
/// mean the same, separated by commas; <c>#</c> starts a comment. They are applied when a search is read, not when
/// items are indexed, so an edit takes effect at the next search (the file is checked at most once a second) and needs
/// no reindex. A line that cannot be used is skipped with a warning naming the file and line.
/// </summary>
public sealed class Synonyms(string path, ILogger<Synonyms>? log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private readonly object _gate = new();
    private SynonymTable _table = SynonymTable.Empty;
    private (DateTime Written, long Length)? _loaded;
    private long? _checkedAt;

    public string Path => path;

    /// <summary>The table as the file now says, reloaded when the file has changed.</summary>
    public SynonymTable Current
    {
        get
        {
            if (_checkedAt is { } last && _clock.GetElapsedTime(last) < CheckEvery) return _table;
            lock (_gate)
            {
                if (_checkedAt is { } again && _clock.GetElapsedTime(again) < CheckEvery) return _table;
                _checkedAt = _clock.GetTimestamp();
                var stamp = File.Exists(path) ? (File.GetLastWriteTimeUtc(path), new FileInfo(path).Length) : ((DateTime, long)?)null;
                if (stamp == _loaded) return _table;
                _table = stamp is null ? SynonymTable.Empty : Load(path, log);
                _loaded = stamp;
                if (stamp is null) log?.LogWarning("No synonyms file at {Path}: searching without synonyms", path);
                return _table;
            }
        }
    }

    public static SynonymTable Load(string path, ILogger? log)
    {
        using var analyzer = new VoiceHubAnalyzer();
        var sets = new List<IReadOnlyList<AnalysedPhrase>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException e)
        {
            log?.LogWarning("Could not read the synonyms file {Path}: {Error}", path, e.Message);
            return SynonymTable.Empty;
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (line.Trim().Length == 0) continue;

            var phrases = new List<AnalysedPhrase>();
            foreach (var entry in line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var phrase = AnalysedPhrase.Of(analyzer, IndexSchema.Text, entry);
                if (phrase.Terms.Count == 0)
                {
                    log?.LogWarning("{Path} line {Line}: \"{Entry}\" has only common words, which search ignores; left out", path, n + 1, entry);
                    continue;
                }
                if (phrases.Any(p => p.Key == phrase.Key)) continue; // "direct payment" and "direct payments" meet
                if (seen.TryGetValue(phrase.Key, out var earlier))
                {
                    log?.LogWarning("{Path} line {Line}: \"{Entry}\" is already on line {Earlier}; this line's meaning wins", path, n + 1, entry, earlier);
                }
                seen[phrase.Key] = n + 1;
                phrases.Add(phrase);
            }
            if (phrases.Count < 2)
            {
                log?.LogWarning("{Path} line {Line}: needs at least two different words or phrases separated by commas; skipped", path, n + 1);
                continue;
            }
            sets.Add(phrases);
        }
        log?.LogInformation("Loaded {Count} synonym sets from {Path}", sets.Count, path);
        return new SynonymTable(sets);
    }
}
