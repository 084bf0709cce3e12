using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Analysis.Emerging;
using VoiceHub.Core.Model;
using VoiceHub.Core.Reporting;
using VoiceHub.Core.Stores;

namespace VoiceHub.Analysis.Digest;

/// <summary>
/// Builds a week's digest and stores it as a new immutable version, storing (or refreshing) its flags for triage on the
/// way. The Monday job asks for <c>onlyIfNone</c>, so it builds a week once however many nodes or retries run it;
/// staff and the CLI may build a past week again, which adds a version and never changes an earlier one. A version says
/// what was still pending when it was built and what changed since the version before it.
/// </summary>
/// <param name="readiness">Without it (older callers) the week's pending work is not checked or recorded.</param>
/// <param name="embedders">The sentence embedder when one is registered: the week waits for its embeddings, and quotes are chosen by meaning.</param>
public sealed class DigestBuilder(
    EmergingDetection detection,
    WeeklyCountStore counts,
    EmergingFlagStore flags,
    DigestStore digests,
    CoverageReporter coverage,
    LocalityStore localities,
    TimeProvider clock,
    ILogger<DigestBuilder> log,
    WeekReadinessStore? readiness = null,
    EmbeddingStore? embeddings = null,
    IEnumerable<ISentenceEmbedder>? embedders = null,
    NewTopicDetection? newTopics = null)
{
    private string? EmbeddingModel => embeddings is null ? null : embedders?.FirstOrDefault()?.ModelId;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Builds and stores the digest of <paramref name="week"/>.</summary>
    /// <param name="savedSearches">Counts the saved searches' new matches (needs the search index; the caller has it).</param>
    /// <returns>The stored digest, and false when <paramref name="onlyIfNone"/> found one already there.</returns>
    public async Task<(DigestRecord Digest, bool Created)> BuildAsync(IsoWeek week, string builtBy, bool onlyIfNone,
        Func<CancellationToken, Task<SavedSearchCounts>> savedSearches, CancellationToken ct)
    {
        if (onlyIfNone && await digests.FindAsync(week.ToString(), null, ct) is { } existing) return (existing, false);
        var timer = Stopwatch.StartNew();
        var content = await ContentAsync(week, savedSearches, ct);
        if (await digests.FindAsync(week.ToString(), null, ct) is { } before)
        {
            var old = JsonSerializer.Deserialize<DigestContent>(before.Content, Json)!;
            content = content with { Supersedes = before.Version, Changes = DigestChanges.Between(old, content) };
        }
        var json = JsonSerializer.Serialize(content, Json);
        var result = await digests.AddAsync(week.ToString(), week.Monday, builtBy, (int)timer.ElapsedMilliseconds, json, onlyIfNone, ct);
        log.LogInformation("Digest {Week} version {Version} {Outcome} in {Ms} ms: {Issues} issues, {Phrases} phrases",
            week, result.Digest.Version, result.Created ? "built" : "already there", timer.ElapsedMilliseconds, content.Issues.Count, content.Phrases.Count);
        return result;
    }

    /// <summary>The week's pending work now; null when this builder was made without a readiness store.</summary>
    public async Task<WeekReadiness?> ReadinessAsync(IsoWeek week, CancellationToken ct) =>
        readiness is null ? null : await readiness.CheckAsync(week.Monday, EmbeddingModel, ct);

    /// <summary>
    /// Builds a new version of <paramref name="week"/>'s digest when the newest one is out of date: an item of the week
    /// arrived or was classified after it was built, or it was built with work pending. Stored only when something a
    /// reader would see changed (the changes are listed in it); a digest is never rewritten in place.
    /// </summary>
    /// <returns>The new version, or null when there was no digest or nothing changed.</returns>
    public async Task<DigestRecord?> SupersedeIfChangedAsync(IsoWeek week, Func<CancellationToken, Task<SavedSearchCounts>> savedSearches, CancellationToken ct)
    {
        if (await digests.FindAsync(week.ToString(), null, ct) is not { } latest || await ReadinessAsync(week, ct) is not { } now) return null;
        var old = JsonSerializer.Deserialize<DigestContent>(latest.Content, Json)!;
        var wasPending = old.Pending is { Complete: false };
        if (!wasPending && (now.LastChangeAt is null || now.LastChangeAt <= latest.BuiltAt)) return null;
        var timer = Stopwatch.StartNew();
        var content = await ContentAsync(week, savedSearches, ct);
        var changes = DigestChanges.Between(old, content);
        if (changes.Count == 0) return null;
        content = content with { Supersedes = latest.Version, Changes = changes };
        var (record, _) = await digests.AddAsync(week.ToString(), week.Monday, "late feedback", (int)timer.ElapsedMilliseconds,
            JsonSerializer.Serialize(content, Json), onlyIfNone: false, ct);
        log.LogInformation("Digest {Week} version {Version} supersedes version {Old}: {Changes} changes", week, record.Version, latest.Version, changes.Count);
        return record;
    }

    /// <summary>The digest's content, with the week's flags stored for triage (their triage kept if already there).</summary>
    public async Task<DigestContent> ContentAsync(IsoWeek week, Func<CancellationToken, Task<SavedSearchCounts>> savedSearches, CancellationToken ct)
    {
        // Readiness first: an item classified while detection runs then shows as a later change, never as a missed one.
        var pending = await ReadinessAsync(week, ct);
        var result = await detection.DetectAsync(week, ct);
        var model = EmbeddingModel;
        var issues = new List<DigestContent.Issue>();
        foreach (var i in result.Issues)
        {
            var candidates = await counts.QuoteCandidatesAsync(i.Key, week.Monday, 200, ct);
            var quotes = model is null
                ? QuotePicker.Pick(candidates)
                : QuotePicker.PickByMeaning(candidates, await embeddings!.GetAsync(candidates.Select(c => c.Id).ToList(), model, ct));
            var places = await counts.LocalitiesOfAsync(i.Key, week.Monday, ct);
            issues.Add(new DigestContent.Issue
            {
                FlagId = i.FlagId,
                Kind = i.Key.Kind,
                Theme = i.Theme,
                Locality = i.Locality,
                Channel = i.Channel,
                ServiceArea = i.ServiceArea,
                Count = i.Judgement.Count,
                Expected = Math.Round(i.Judgement.Expected, 2),
                UpperBound = Math.Round(i.Judgement.UpperBound, 2),
                Score = Math.Round(i.Judgement.Score, 2),
                Sentence = i.Sentence,
                Weeks = i.Weeks,
                Localities = places.Select(p => new DigestContent.PlaceCount(p.Name, p.Count)).ToList(),
                Quotes = quotes.Select(q => new DigestContent.QuoteRef(q.Id, q.Reference, q.Channel, q.LocalityName, q.OccurredOn)).ToList(),
                Search = new SearchLink
                {
                    Theme = i.Theme, Locality = i.Locality, Channel = i.Key.Channel, ServiceArea = i.ServiceArea,
                    From = week.Monday, To = week.Sunday,
                },
            });
        }
        await flags.UpsertAsync(result.Issues.Select((i, n) => new NewFlag
        {
            Id = i.FlagId,
            Week = week.ToString(),
            WeekStart = week.Monday,
            Key = i.Key,
            Count = i.Judgement.Count,
            Expected = i.Judgement.Expected,
            UpperBound = i.Judgement.UpperBound,
            Score = i.Judgement.Score,
            Sentence = i.Sentence,
            EvidenceJson = JsonSerializer.Serialize(issues[n], Json),
        }).ToList(), ct);

        var byFlag = issues.ToDictionary(i => i.FlagId);
        var bursts = result.Groups.Select(g => byFlag[g[0].FlagId] with
        {
            AlsoShows = g.Skip(1).Select(o => new DigestContent.AlsoShown(o.FlagId, o.Sentence)).ToList(),
        }).ToList();

        var notes = result.Notes.ToList();
        if (pending is not null && !pending.Complete) notes.Insert(0, PendingNote(pending));

        var previous = week.AddWeeks(-1);
        var lastWeek = (await flags.ListForWeekAsync(previous.ToString(), ct)).Select(f =>
        {
            var key = new SeriesKey(f.Kind, f.ThemeId, f.LocalityId, f.Channel, f.ServiceAreaId);
            return new DigestContent.FlagFate(f.Id, f.Sentence, f.EffectiveStatus, f.DismissReason,
                f.ProjectTitles.Select(t => $"Project: {t}").Concat(f.ActionTitles.Select(t => $"Action: {t}")).ToList(),
                result.Counts.GetValueOrDefault(key.Id), result.Issues.Any(i => i.Key == key));
        }).ToList();

        var topics = await NewTopicsAsync(week, result, ct);
        var saved = await savedSearches(ct);
        var reading = week.AddWeeks(1).Monday;
        var due = await digests.DueCommitmentsAsync(reading.AddDays(7), ct);
        return new DigestContent
        {
            Week = week.ToString(),
            Monday = week.Monday,
            Sunday = week.Sunday,
            BuiltAt = clock.GetUtcNow(),
            Numbers = await NumbersAsync(week, ct),
            Issues = bursts,
            SeriesJudged = result.SeriesJudged,
            NegativeTurns = result.NegativeTurns.Select(t => new DigestContent.NegativeTurnIssue(t.Theme, t.Locality, t.Judgement.Negative,
                t.Judgement.Total, Math.Round(t.Judgement.Share, 3), Math.Round(t.Judgement.BaselineShare, 3), t.Sentence,
                new SearchLink { Theme = t.Theme, Locality = t.Locality, From = week.Monday, To = week.Sunday })).ToList(),
            Phrases = result.Phrases.Select(p => new DigestContent.Phrase(p.Phrase, p.Count, Math.Round(p.Expected, 2), Math.Round(p.Score, 1), p.Documents,
                new SearchLink { Query = Phrases.AsQuery(p.Phrase), From = week.Monday, To = week.Sunday })).ToList(),
            NewTopics = topics,
            NewTopicsLookedFor = newTopics is not null && EmbeddingModel is not null,
            PreviousWeekBuilt = await digests.FindAsync(previous.ToString(), null, ct) is not null,
            LastWeek = lastWeek,
            SavedSearches = saved.Searches,
            SavedSearchesNote = saved.Note,
            ReadingMonday = reading,
            Commitments = due.Select(c => new DigestContent.Commitment(c.Id, c.WeWill, c.Owner, c.DueOn, c.Status, c.ProjectTitle, c.DueOn < reading)).ToList(),
            Coverage = await coverage.BuildAsync(week.AddWeeks(-11).Monday, week.Sunday, ct),
            Notes = notes,
            Pending = pending is null ? null
                : new DigestContent.Readiness(pending.DocumentsIngesting, pending.NotClassified, pending.NotEmbedded, pending.LastChangeAt),
        };
    }

    /// <summary>The week's new topics, found and stored when an embedder is set up; quotes carry their item's details.</summary>
    private async Task<IReadOnlyList<DigestContent.NewTopicSection>> NewTopicsAsync(IsoWeek week, EmergingResult result, CancellationToken ct)
    {
        if (newTopics is null || EmbeddingModel is not { } model) return [];
        var flagged = result.Issues.Where(i => i.Key.ThemeId is not null).Select(i => i.Key.ThemeId!.Value).ToHashSet();
        var found = await newTopics.DetectAsync(week, model, flagged, ct);
        return found.Where(f => f.Found is not null).Select(f => new DigestContent.NewTopicSection(f.Stored.Id, f.Stored.Label, f.Stored.Count,
            f.Stored.Expected, f.Found!.Localities.Select(l => new DigestContent.PlaceCount(l.Name, l.Count)).ToList(),
            f.Found.Quotes.Select(q => new DigestContent.QuoteRef(q.Id, q.Reference, q.Channel, q.LocalityName, q.OccurredOn)).ToList(),
            f.Stored.Status)).ToList();
    }

    /// <summary>"Built while work was pending: 3 uploads still being read, 40 comments not yet classified…"</summary>
    public static string PendingNote(WeekReadiness p)
    {
        var parts = new List<string>();
        if (p.DocumentsIngesting > 0) parts.Add($"{p.DocumentsIngesting} {(p.DocumentsIngesting == 1 ? "upload" : "uploads")} still being read");
        if (p.NotClassified > 0) parts.Add($"{p.NotClassified} of the week\u2019s {p.Items} comments not yet sorted into themes");
        if (p.NotEmbedded > 0) parts.Add($"{p.NotEmbedded} of the week\u2019s {p.Items} comments not yet read for meaning");
        return $"This week was not complete when this was built: {string.Join("; ", parts)}. Its figures may change: a new version will say what changed.";
    }

    private async Task<DigestContent.NumbersSection> NumbersAsync(IsoWeek week, CancellationToken ct)
    {
        var from = week.AddWeeks(-12);
        var rows = await counts.BreakdownAsync(from.Monday, week.AddWeeks(1).Monday, ct);
        DigestContent.NumberRow Row(string dimension, string? name, string display, string? code = null)
        {
            var of = rows.Where(r => r.Dimension == dimension && r.Name == name).ToList();
            int At(IsoWeek w) => of.Where(r => r.WeekStart == w.Monday).Sum(r => r.Count);
            return new DigestContent.NumberRow(display, At(week), At(week.AddWeeks(-1)),
                Math.Round(of.Where(r => r.WeekStart < week.Monday).Sum(r => r.Count) / 12.0, 1), code);
        }
        var byChannel = Channels.All.Select(c => Row("channel", c.Code(), c.DisplayName(), c.Code())).ToList();
        var localityNames = (await localities.ListAsync(ct)).Select(l => l.Name).ToList();
        var byLocality = localityNames.Select(n => Row("locality", n, n)).ToList();
        if (rows.Any(r => r.Dimension == "locality" && r.Name is null)) byLocality.Add(Row("locality", null, "Not known"));
        return new DigestContent.NumbersSection(byChannel.Sum(r => r.ThisWeek), byChannel.Sum(r => r.PreviousWeek),
            Math.Round(byChannel.Sum(r => r.Average12), 1), byChannel, byLocality);
    }
}
