using VoiceHub.Analysis.ServiceAreas;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.ServiceAreas;

/// <summary>The lexicon as loaded from seeds/service-areas.csv into PostgreSQL by the seed loader.</summary>
public sealed class ServiceAreaLexiconTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceAreaLexicon _lexicon = null!;
    private Dictionary<string, int> _ids = null!;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(cluster);
        var areas = await _db.ServiceAreas.ListAsync(CancellationToken.None);
        _ids = areas.ToDictionary(a => a.Name, a => a.Id);
        _lexicon = new ServiceAreaLexicon(areas);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public void Seeds_LoadTheFifteenServiceAreas() => Assert.Equal(15, _ids.Count);

    [Theory]
    [InlineData("They cut my direct payments again", "Direct payments")]
    [InlineData("The PA was late every morning", "Direct payments")]
    [InlineData("The charges for my care went up", "Charging and financial matters")]
    [InlineData("Nobody explained the disability related expenses", "Charging and financial matters")]
    [InlineData("I had respite for a week", "Carers' support")]
    [InlineData("She was discharged without a care package", "Reablement and hospital discharge")]
    public void Match_Phrase_FindsTheArea(string text, string area) => Assert.Contains(_ids[area], _lexicon.Match(text));

    [Fact]
    public void Match_AcronymInLowerCaseInsideAWord_DoesNotMatch()
    {
        Assert.DoesNotContain(_ids["Direct payments"], _lexicon.Match("I will pay the pa ri bill"));
        Assert.DoesNotContain(_ids["Learning disability"], _lexicon.Match("it was old and cold"));
    }
}
