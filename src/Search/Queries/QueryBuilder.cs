using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Facets;

namespace VoiceHub.Search.Queries;

/// <summary>
/// Makes a <see cref="TypedQuery"/> into a Lucene query. Words go to the stemmed <c>text</c> field (and a word that the
/// analyser splits, like "co-production", becomes a phrase there); "quoted phrases" and word* go to the unstemmed
/// <c>exact</c> field, so quotes mean exactly those words. Synonyms are applied here, at query time: a run of words
/// matching an entry (longest first) may also be met by any of its synonyms. <c>theme:</c>, <c>locality:</c> and
/// <c>channel:</c> become filters on the keyword fields, matched to the index's values ignoring case and allowing a
/// partial name (<c>theme:transport</c>), and do not affect relevance.
/// </summary>
internal sealed class QueryBuilder(Analyzer analyzer, SynonymTable synonyms, Func<string, IReadOnlyCollection<string>> valuesOf)
{
    public const int MinPrefixLength = 2;

    private readonly List<string> _notes = [];
    private readonly Highlight _highlight = new();
    private bool _impossible;
    private bool _hasWords;

    public BuiltQuery Build(TypedQuery typed)
    {
        if (typed.Everything) return new BuiltQuery(new MatchAllDocsQuery(), _highlight, _notes);

        var must = new List<Query>();
        var mustNot = new List<Query>();
        var groups = typed.Groups;
        for (var i = 0; i < groups.Count;)
        {
            if (IsPlainWord(groups[i]))
            {
                var end = i;
                while (end < groups.Count && IsPlainWord(groups[end])) end++;
                must.AddRange(WordRun(groups.Skip(i).Take(end - i).Select(g => g.AnyOf[0].Text)));
                i = end;
                continue;
            }

            var group = groups[i++];
            var mark = !group.Excluded;
            var alternatives = group.AnyOf.Select(t => TermQuery(t, mark)).OfType<Query>().ToList();
            if (alternatives.Count == 0) continue;
            var query = alternatives.Count == 1 ? alternatives[0] : AnyOf(alternatives);
            (group.Excluded ? mustNot : must).Add(query);
        }

        if (must.Count == 0 && mustNot.Count == 0)
        {
            return new BuiltQuery(null, _highlight, _notes) { Impossible = _impossible };
        }
        var all = new BooleanQuery();
        if (must.Count == 0) all.Add(new MatchAllDocsQuery(), Occur.MUST); // only exclusions: everything else
        foreach (var q in must) all.Add(q, Occur.MUST);
        foreach (var q in mustNot) all.Add(q, Occur.MUST_NOT);
        return new BuiltQuery(all, _highlight, _notes) { HasWords = _hasWords, Impossible = _impossible };
    }

    private static bool IsPlainWord(TypedQuery.Group g) =>
        !g.Excluded && g.AnyOf.Count == 1 && g.AnyOf[0] is { Kind: TypedQuery.TermKind.Word, Field: null };

    /// <summary>Words that must all match, with runs that are synonym entries widened to their synonyms.</summary>
    private IEnumerable<Query> WordRun(IEnumerable<string> words)
    {
        // Words that analyse to nothing (common words like "the") drop out; the runs are made of the rest.
        var analysed = words.Select(w => AnalysedPhrase.Of(analyzer, IndexSchema.Text, w)).Where(a => a.Terms.Count > 0).ToList();
        for (var k = 0; k < analysed.Count;)
        {
            var matched = false;
            for (var length = Math.Min(analysed.Count - k, synonyms.MaxTerms); length >= 1 && !matched; length--)
            {
                var run = analysed.GetRange(k, length);
                var terms = run.SelectMany(a => a.Terms).ToList();
                if (terms.Count > synonyms.MaxTerms) continue;
                if (synonyms.Find(terms) is not { } others) continue;
                yield return WithSynonyms(run, others, mark: true);
                k += length;
                matched = true;
            }
            if (matched) continue;
            yield return Words(analysed[k], mark: true);
            k++;
        }
    }

    private Query? TermQuery(TypedQuery.Term term, bool mark)
    {
        if (term.Field is not null) return FieldFilter(term);
        switch (term.Kind)
        {
            case TypedQuery.TermKind.Phrase:
            {
                var phrase = AnalysedPhrase.Of(analyzer, IndexSchema.Exact, term.Text);
                if (phrase.Terms.Count == 0) return null;
                if (mark) _highlight.ExactPhrases.Add([.. phrase.Terms]);
                _hasWords = true;
                return Phrase(IndexSchema.Exact, phrase);
            }
            case TypedQuery.TermKind.Prefix:
            {
                var phrase = AnalysedPhrase.Of(analyzer, IndexSchema.Exact, term.Text);
                if (phrase.Terms.Count == 0) return null;
                var prefix = phrase.Terms[^1];
                if (prefix.Length < MinPrefixLength)
                {
                    _notes.Add($"A search with * needs at least {MinPrefixLength} letters before the *, so “{term.Text}*” was left out.");
                    return null;
                }
                _hasWords = true;
                if (mark) _highlight.Prefixes.Add(prefix);
                Query query = new PrefixQuery(new Term(IndexSchema.Exact, prefix));
                if (phrase.Terms.Count == 1) return query;
                // "co-prod*": the words before the last must be there as typed.
                var all = new BooleanQuery();
                foreach (var t in phrase.Terms.Take(phrase.Terms.Count - 1))
                {
                    all.Add(new Lucene.Net.Search.TermQuery(new Term(IndexSchema.Exact, t)), Occur.MUST);
                    if (mark) _highlight.ExactPhrases.Add([t]);
                }
                all.Add(query, Occur.MUST);
                return all;
            }
            default:
            {
                var analysed = AnalysedPhrase.Of(analyzer, IndexSchema.Text, term.Text);
                if (analysed.Terms.Count == 0) return null;
                return synonyms.Find(analysed.Terms) is { } others ? WithSynonyms([analysed], others, mark) : Words(analysed, mark);
            }
        }
    }

    /// <summary>The typed words (all of them, anywhere) or any one of their synonyms.</summary>
    private Query WithSynonyms(IReadOnlyList<AnalysedPhrase> typed, IReadOnlyList<AnalysedPhrase> others, bool mark)
    {
        var typedQuery = typed.Count == 1 ? Words(typed[0], mark) : AllOf(typed.Select(a => Words(a, mark)));
        var any = new BooleanQuery { { typedQuery, Occur.SHOULD } };
        foreach (var other in others)
        {
            any.Add(Phrase(IndexSchema.Text, other), Occur.SHOULD);
            if (!mark) continue;
            if (other.Terms.Count == 1) _highlight.Stems.Add(other.Terms[0]);
            else _highlight.StemPhrases.Add([.. other.Terms]);
        }
        return any;
    }

    private Query Words(AnalysedPhrase analysed, bool mark)
    {
        _hasWords = true;
        if (mark)
        {
            if (analysed.Terms.Count == 1) _highlight.Stems.Add(analysed.Terms[0]);
            else _highlight.StemPhrases.Add([.. analysed.Terms]);
        }
        return Phrase(IndexSchema.Text, analysed);
    }

    private static Query Phrase(string field, AnalysedPhrase phrase)
    {
        if (phrase.Terms.Count == 1) return new Lucene.Net.Search.TermQuery(new Term(field, phrase.Terms[0]));
        var query = new PhraseQuery();
        for (var i = 0; i < phrase.Terms.Count; i++) query.Add(new Term(field, phrase.Terms[i]), phrase.Positions[i]);
        return query;
    }

    private static BooleanQuery AllOf(IEnumerable<Query> queries)
    {
        var all = new BooleanQuery();
        foreach (var q in queries) all.Add(q, Occur.MUST);
        return all;
    }

    private static BooleanQuery AnyOf(IEnumerable<Query> queries)
    {
        var any = new BooleanQuery();
        foreach (var q in queries) any.Add(q, Occur.SHOULD);
        return any;
    }

    /// <summary><c>theme:transport</c>: the values of the field that the typed name matches, as a filter.</summary>
    private Query FieldFilter(TypedQuery.Term term)
    {
        var (field, label, plural) = term.Field switch
        {
            "theme" => (IndexSchema.Theme, "theme", "themes"),
            "locality" => (IndexSchema.Locality, "locality", "localities"),
            _ => (IndexSchema.Channel, "channel", "channels"),
        };
        var matches = ValueMatcher.Match(field, valuesOf(field), term.Text);
        var asTyped = $"{term.Field}:{term.Text}";
        if (matches.Count == 0)
        {
            _notes.Add($"No {label} matches “{asTyped}”, so nothing was found. Check the spelling, or choose from the {plural} listed beside the results.");
            _impossible = true;
            return new BooleanQuery(); // matches nothing
        }
        if (matches.Count > 1 || ValueMatcher.Normalise(matches[0]) != ValueMatcher.Normalise(term.Text))
        {
            _notes.Add(matches.Count == 1
                ? $"“{asTyped}” was read as the {label} “{ValueMatcher.Shown(field, matches[0])}”."
                : $"“{asTyped}” matched {matches.Count} {plural} ({string.Join(", ", matches.Select(m => "“" + ValueMatcher.Shown(field, m) + "”"))}); feedback with any of them is shown.");
        }
        return new ConstantScoreQuery(new ChosenValuesFilter(FacetCatalog.IndexOfField(field), matches)) { Boost = 0 };
    }
}
