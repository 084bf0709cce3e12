using VoiceHub.Analysis.Emerging;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// One week's digest as built: the snapshot stored (as JSON) and shown, printed, written to a file and summarised by
/// email. Quotes are kept as item ids, so feedback removed later leaves past digests too.
/// </summary>
public sealed record DigestContent
{
    public required string Week { get; init; }
    public DateOnly Monday { get; init; }
    public DateOnly Sunday { get; init; }
    public DateTimeOffset BuiltAt { get; init; }
    public required NumbersSection Numbers { get; init; }
    public required IReadOnlyList<Issue> Issues { get; init; }
    public int SeriesJudged { get; init; }
    /// <summary>Themes and localities whose share of negative comments rose: issues of their own, beside <see cref="Issues"/>.</summary>
    public IReadOnlyList<NegativeTurnIssue> NegativeTurns { get; init; } = [];
    public required IReadOnlyList<Phrase> Phrases { get; init; }
    /// <summary>Groups of comments, found by meaning, that grew and that no theme's flag explains (<see cref="Emerging.NewTopics"/>).</summary>
    public IReadOnlyList<NewTopicSection> NewTopics { get; init; } = [];

    /// <summary>Whether new topics were looked for: only when a sentence embedder is set up (false in digests built before them).</summary>
    public bool NewTopicsLookedFor { get; init; }
    /// <summary>Whether a digest (and so flags) existed for the week before.</summary>
    public bool PreviousWeekBuilt { get; init; }
    public required IReadOnlyList<FlagFate> LastWeek { get; init; }
    public required IReadOnlyList<SavedSearchNews> SavedSearches { get; init; }
    /// <summary>Why saved searches could not be counted, when they could not.</summary>
    public string? SavedSearchesNote { get; init; }
    /// <summary>The Monday of the week the digest is read in (the week after <see cref="Week"/>): "due this week" is that week.</summary>
    public DateOnly ReadingMonday { get; init; }
    public required IReadOnlyList<Commitment> Commitments { get; init; }
    public required CoverageReport Coverage { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    /// <summary>What was still being worked on when it was built; null for digests built before this was recorded.</summary>
    public Readiness? Pending { get; init; }
    /// <summary>The version this one replaces (the newest before it), and what changed since: empty for a first version.</summary>
    public int? Supersedes { get; init; }
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>
    /// The week's state at build time: uploads still being read, items of the week not yet classified by the active
    /// theme model or embedded, and when an item of the week last arrived or was classified (a later change means the
    /// digest is out of date and a new version is due).
    /// </summary>
    public sealed record Readiness(long DocumentsIngesting, long NotClassified, long NotEmbedded, DateTimeOffset? LastChangeAt)
    {
        public bool Complete => DocumentsIngesting == 0 && NotClassified == 0 && NotEmbedded == 0;
    }

    public sealed record NumbersSection(int Total, int PreviousWeek, double Average12, IReadOnlyList<NumberRow> ByChannel, IReadOnlyList<NumberRow> ByLocality);

    /// <summary>Items this week, the week before, and a week on average over the 12 weeks before this one.</summary>
    public sealed record NumberRow(string Name, int ThisWeek, int PreviousWeek, double Average12, string? Code = null);

    public sealed record Issue
    {
        public required string FlagId { get; init; }
        public required string Kind { get; init; }
        public string? Theme { get; init; }
        public string? Locality { get; init; }
        public string? Channel { get; init; }
        public string? ServiceArea { get; init; }
        public int Count { get; init; }
        public double Expected { get; init; }
        public double UpperBound { get; init; }
        public double Score { get; init; }
        public required string Sentence { get; init; }
        public required IReadOnlyList<WeekCount> Weeks { get; init; }
        public required IReadOnlyList<PlaceCount> Localities { get; init; }
        public required IReadOnlyList<QuoteRef> Quotes { get; init; }
        public required SearchLink Search { get; init; }
        /// <summary>The other flags of the same burst: the other ways it shows (the theme across localities, its channel…).</summary>
        public IReadOnlyList<AlsoShown> AlsoShows { get; init; } = [];
    }

    public sealed record AlsoShown(string FlagId, string Sentence);

    public sealed record NegativeTurnIssue(string? Theme, string? Locality, int Negative, int Total, double Share, double BaselineShare, string Sentence, SearchLink Search);

    public sealed record PlaceCount(string Name, long Count);

    public sealed record QuoteRef(long ItemId, string Reference, string Channel, string? Locality, DateOnly? OccurredOn);

    public sealed record Phrase(string Text, int Count, double Expected, double Score, int Documents, SearchLink Search);

    /// <summary>A new topic as the digest shows it: its label, figures, places and quotes, and its triage when built.</summary>
    public sealed record NewTopicSection(string Id, string Label, int Count, double Expected, IReadOnlyList<PlaceCount> Localities,
        IReadOnlyList<QuoteRef> Quotes, string Status);

    /// <summary>A flag of the week before and what became of it: its triage, and this week's count of the same series.</summary>
    public sealed record FlagFate(string FlagId, string Sentence, string Status, string? DismissReason, IReadOnlyList<string> LinkedTo,
        int ThisWeekCount, bool FlaggedAgain);

    public sealed record SavedSearchNews(long Id, string Name, int NewMatches);

    public sealed record Commitment(long Id, string WeWill, string Owner, DateOnly DueOn, string Status, string? Project, bool Overdue);
}
