using VoiceHub.Search.Queries;

namespace VoiceHub.Search.Tests;

/// <summary>What the search syntax means, on the judged corpus: synonyms, phrases, exclusion, OR, word*, theme: and locality:.</summary>
public sealed class QueryTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    private SearchResults Find(string query) => corpus.F.Search.Search(new SearchRequest { Query = query, PageSize = 100 });

    private HashSet<string> Keys(string query) => Find(query).Hits.Select(h => corpus.Keys[h.Id]).ToHashSet();

    private SearchHit Hit(string query, string key) => Find(query).Hits.Single(h => corpus.Keys[h.Id] == key);

    [Fact]
    public void Synonyms_AbbreviationFindsThePhraseAndThePhraseIsMarked()
    {
        Assert.Superset(new HashSet<string> { "asc-01", "asc-02", "asc-03" }, Keys("DP"));
        Assert.Contains("<mark>direct</mark> <mark>payment</mark>", Hit("DP", "asc-01").Snippet);
        Assert.Contains("<mark>DP</mark>", Hit("direct payments", "asc-02").Snippet);
    }

    [Fact]
    public void Synonyms_MultiWordSynonymIsFoundAndMarked()
    {
        Assert.Contains("<mark>short</mark> <mark>breaks</mark>", Hit("respite", "asc-07").Snippet);
        Assert.Contains("asc-06", Keys("short break"));
    }

    [Fact]
    public void Synonyms_QuotedWordsMeanExactlyThoseWords()
    {
        var quoted = Keys("\"respite\"");
        Assert.Contains("asc-06", quoted);
        Assert.DoesNotContain("asc-07", quoted);
    }

    [Fact]
    public void Synonyms_EditedFile_AppliesAtTheNextSearchWithoutReindex()
    {
        var file = Path.Combine(Path.GetTempPath(), $"synonyms-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "# test\nseclusion, quiet room\n");
        try
        {
            var synonyms = new Analysis.Synonyms(file, null);
            var search = new SearchService(corpus.F.Holder, synonyms);
            Assert.Equal(0, search.Search(new SearchRequest { Query = "jargon" }).Hits.Count(h => corpus.Keys[h.Id] == "NHFT 27 - Q1"));

            File.WriteAllText(file, "# test\nseclusion, quiet room\njargon, seclusion\n");
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(5));
            Thread.Sleep(1100); // the file is looked at once a second at most

            var keys = search.Search(new SearchRequest { Query = "jargon", PageSize = 50 }).Hits.Select(h => corpus.Keys[h.Id]).ToList();
            Assert.Contains("NHFT 27 - Q1", keys);
            Assert.Contains("asc-34", keys);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Phrase_QuotedWordsMustBeTogetherInOrderAndUnstemmed()
    {
        Assert.Equal(["asc-13"], Keys("\"day centre\""));
        Assert.Contains("asc-14", Keys("day centre")); // unquoted: spellings and endings meet
        var notSafe = Hit("\"not safe\"", "asc-31");
        Assert.StartsWith("<mark>Not</mark> <mark>safe</mark>", notSafe.Snippet);
        Assert.DoesNotContain("asc-32", Keys("\"not safe\""));
    }

    [Fact]
    public void Exclusion_LeavesOutTheWordAndItsSynonyms()
    {
        var carers = Keys("carer");
        Assert.Contains("asc-06", carers);
        var without = Keys("carer -respite");
        Assert.DoesNotContain("asc-06", without);
        Assert.Contains("asc-08", without);
        Assert.Equal(without, Keys("carer NOT respite"));
        Assert.DoesNotContain("asc-07", Keys("weekend -\"short breaks\""));
    }

    [Fact]
    public void Or_BindsTighterThanTheImpliedAnd()
    {
        var either = Keys("respite OR dementia");
        Assert.Superset(new HashSet<string> { "asc-06", "asc-07", "asc-26", "asc-27" }, either);
        var carerAndEither = Keys("carer respite OR dementia");
        Assert.Contains("asc-06", carerAndEither);
        Assert.DoesNotContain("asc-26", carerAndEither); // dementia, but no carer
    }

    [Fact]
    public void Prefix_FindsAnyEndingOfTheWordAsWritten()
    {
        var hit = Hit("organis*", "asc-21");
        Assert.Contains("<mark>organise</mark>", hit.Snippet);
        Assert.Contains("at least 2 letters", Find("a*").Message);
    }

    [Fact]
    public void ThemePrefix_PartialNameFiltersAndSaysWhatItMeant()
    {
        var results = Find("theme:transport");
        Assert.True(results.Total > 0);
        Assert.All(results.Hits, h => Assert.Contains("Transport to/ from services", h.Themes));
        Assert.Contains("“Transport to/ from services”", results.Message);
        Assert.Equal(SearchSort.Newest, results.Sort); // no words: relevance means nothing, newest first

        var ockendon = Find("staff locality:OCKENDON");
        Assert.True(ockendon.Total > 0);
        Assert.All(ockendon.Hits, h => Assert.Equal("Aveley, South Ockendon and Purfleet", h.Locality));
    }

    [Fact]
    public void ThemePrefix_UnknownName_FindsNothingAndSaysSo()
    {
        var results = Find("staff theme:broomsticks");
        Assert.Equal(0, results.Total);
        Assert.Contains("No theme matches", results.Message);
    }

    [Fact]
    public void CommonWordsOnly_SearchNothingAndExplain_ButQuotedTheyAreAPhrase()
    {
        var results = Find("the and of");
        Assert.Equal(0, results.Total);
        Assert.Contains("very common words", results.Message);
        Assert.True(Find("\"the ward\"").Total > 0);
    }

    [Fact]
    public void Everything_StarAloneListsEveryItem()
    {
        Assert.Equal(corpus.Ids.Count, Find("*").Total);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("AND")]
    [InlineData("OR OR OR")]
    [InlineData("staff OR")]
    [InlineData("-")]
    [InlineData("- staff")]
    [InlineData("staff *")]
    [InlineData("*ing")]
    [InlineData("theme:")]
    [InlineData("theme:\"\"")]
    [InlineData("title:[a TO")]
    [InlineData("~~~^^^ \\ ((( ]]] {{{")]
    [InlineData("a OR -b")]
    [InlineData("NOT")]
    [InlineData("\u0000\u2028\ud83d\ude00")]
    public void Hostile_NeverThrowsAndAlwaysAnswers(string query)
    {
        var results = Find(query);
        Assert.NotNull(results);
        Assert.True(results.Total >= 0);
    }

    [Fact]
    public void Hostile_TenThousandCharacters_AreCutAndSaySo()
    {
        var results = Find(string.Concat(Enumerable.Repeat("staff \"ward ", 1000)));
        Assert.Contains("longer than 1,000 characters", results.Message);
    }

    [Fact]
    public void Similar_FindsTheNearDuplicateAndNotItself()
    {
        var id = corpus.Ids["NHFT 378 - Q1"];
        var similar = corpus.F.Search.Similar(id, 5);
        Assert.DoesNotContain(similar, h => h.Id == id);
        Assert.Equal("NHFT 81 - Q1", corpus.Keys[similar[0].Id]);
        Assert.Contains("<mark>", similar[0].Snippet);
    }
}
