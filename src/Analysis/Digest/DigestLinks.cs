namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Where the digest's links go, decided by whoever shows it: the web page links into the app; a file written by the CLI
/// links to the hub's public address when one is configured, and otherwise has no links at all (each function returns
/// null). <see cref="FlagStatus"/> gives a flag's triage now, when the reader can look it up.
/// </summary>
public sealed record DigestLinks
{
    public Func<SearchLink, string?> Search { get; init; } = _ => null;
    public Func<string, string?> Flag { get; init; } = _ => null;
    public Func<long, string?> Item { get; init; } = _ => null;
    /// <summary>Where a new topic (by its id) is turned into a theme or dismissed.</summary>
    public Func<string, string?> Topic { get; init; } = _ => null;
    public Func<long, string?> Action { get; init; } = _ => null;
    public Func<string, string?> Trends { get; init; } = _ => null;
    public string? SavedSearches { get; init; }
    public string? Coverage { get; init; }
    public Func<string, string?> FlagStatus { get; init; } = _ => null;

    public static readonly DigestLinks None = new();
}
