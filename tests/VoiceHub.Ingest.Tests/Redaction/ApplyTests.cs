using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

public sealed class ApplyTests
{
    [Fact]
    public void Apply_SeveralKinds_CountsEachByItsPlaceholder()
    {
        var result = Redactor.Apply("My daughter Sarah (07700 900123, sarah@example.com) and Mrs Patel at 14 Dock Road, RM17 6SL. DOB: 12.03.1951");

        Assert.Equal("My daughter [name] ([phone], [email]) and Mrs [name] at [address], RM17. DOB: [date of birth]", result.Text);
        Assert.Equal(2, result.Counts[Redactor.Name]);
        Assert.Equal(1, result.Counts[Redactor.Phone]);
        Assert.Equal(1, result.Counts[Redactor.Email]);
        Assert.Equal(1, result.Counts[Redactor.Address]);
        Assert.Equal(1, result.Counts[Redactor.Postcode]);
        Assert.Equal(1, result.Counts[Redactor.DateOfBirth]);
        Assert.Equal(7, result.Total);
        Assert.Equal(0, result.Uncertain);
    }

    [Fact]
    public void Apply_UnlistedNameAfterACue_IsUncertain()
    {
        var result = Redactor.Apply("A lady called Morwetha came, NHS 1234567890");

        Assert.Equal("A lady called [name] came, NHS [NHS number]", result.Text);
        Assert.Equal(2, result.Uncertain);
    }

    [Fact]
    public void Apply_NothingPersonal_ReturnsTheSameTextAndNoCounts()
    {
        const string text = "The day centre in Grays closed on Monday";

        var result = Redactor.Apply(text);

        Assert.Same(text, result.Text);
        Assert.Empty(result.Counts);
    }

    [Fact]
    public void Find_OverlappingDetails_KeepsTheEarlierAndLonger()
    {
        var spans = Redactor.Find("email jane.smith@example.com now");

        var span = Assert.Single(spans);
        Assert.Equal(Redactor.Email, span.Placeholder);
    }
}
