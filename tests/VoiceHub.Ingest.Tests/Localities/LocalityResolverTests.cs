using VoiceHub.Core.Model;
using VoiceHub.Ingest.Localities;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Localities;

public sealed class LocalityResolverTests
{
    private static readonly Locality[] Localities =
    [
        new(1, "Grays", 52000),
        new(2, "Tilbury and Chadwell", 30000),
        new(3, "Aveley, South Ockendon and Purfleet", 45000),
        new(4, "Stanford-le-Hope and Corringham", 49000),
    ];

    private readonly LocalityResolver _resolver = new(Localities, TestPaths.Seeds);

    [Theory]
    [InlineData("grays", null, "", 1, LocalityResolver.ByColumn)]
    [InlineData("Stanford le Hope and Corringham", null, "", 4, LocalityResolver.ByColumn)]
    [InlineData(null, "rm18 7nr", "", 2, LocalityResolver.ByPostcode)]
    [InlineData(null, "SS17", "", 4, LocalityResolver.ByPostcode)]
    [InlineData(null, null, "The day centre in South Ockendon closed", 3, LocalityResolver.ByGazetteer)]
    [InlineData(null, null, "Buses from East Tilbury are rare", 4, LocalityResolver.ByGazetteer)]
    public void Resolve_InOrderColumnPostcodeGazetteer_RecordsTheRule(string? named, string? postcode, string text, int expected, string rule) =>
        Assert.Equal((expected, rule), _resolver.Resolve(named, postcode, text));

    [Theory]
    [InlineData(null, null, "Nothing to say about anywhere")]
    [InlineData(null, "CM1 1AA", "")]
    [InlineData(null, null, "I moved from Grays to Tilbury")]
    public void Resolve_NoClearAnswer_LeavesItUnknown(string? named, string? postcode, string text) =>
        Assert.Equal((null, null), _resolver.Resolve(named, postcode, text));
}
