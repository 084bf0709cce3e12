namespace VoiceHub.Search.Queries;

/// <summary>
/// A search as typed, read into groups that must all match (or, when <see cref="Group.Excluded"/>, must not). A group
/// matches when any of its terms does: <c>a b OR c -d</c> is the groups [a], [b, c] and excluded [d].
/// </summary>
internal sealed record TypedQuery(IReadOnlyList<TypedQuery.Group> Groups)
{
    /// <summary>True when the typed text could not be read as written and was read as plain words instead.</summary>
    public bool Rewritten { get; init; }

    /// <summary><c>*</c> alone: everything.</summary>
    public bool Everything { get; init; }

    public sealed record Group(IReadOnlyList<Term> AnyOf, bool Excluded);

    /// <summary>A word, a quoted phrase, or a word*; with <see cref="Field"/> (theme, locality, channel) a filter value.</summary>
    public sealed record Term(TermKind Kind, string Text, string? Field = null);

    public enum TermKind
    {
        Word,
        Phrase,
        Prefix,
    }
}
