namespace VoiceHub.Core.Tests;

public sealed class ReferenceCodeTests
{
    [Fact]
    public void New_IsTwelveCharactersFromTheUnambiguousAlphabet()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReferenceCode.New()).ToList();
        Assert.All(codes, c => Assert.Matches("^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Theory]
    [InlineData("abcd-efgh-jkmn", "ABCDEFGHJKMN")]
    [InlineData(" ABCD EFGH JKMN ", "ABCDEFGHJKMN")]
    [InlineData("oooo-iiii-llll", "000011111111")]
    [InlineData("ABCD-EFGH-JKM", null)]
    [InlineData("ABCD-EFGH-JKMU", null)]
    [InlineData("", null)]
    public void Normalise_ForgivesCaseSpacesAndLookAlikes(string input, string? expected) =>
        Assert.Equal(expected, ReferenceCode.Normalise(input));
}
