using Lucene.Net.Search;

namespace VoiceHub.Search.Queries;

/// <summary>
/// A typed search made into a Lucene query. <see cref="Query"/> is null when nothing searchable was typed (only
/// common words, say); <see cref="Impossible"/> when a filter named something that does not exist, so nothing matches.
/// </summary>
internal sealed record BuiltQuery(Query? Query, Highlight Highlight, IReadOnlyList<string> Notes)
{
    /// <summary>True when words were searched for (relevance means something), not only filters.</summary>
    public bool HasWords { get; init; }

    public bool Impossible { get; init; }
}
