using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class PersonalColumnsTests
{
    [Theory]
    [InlineData("Date of birth")]
    [InlineData("DOB")]
    [InlineData("D.O.B.")]
    [InlineData("Address")]
    [InlineData("Home address")]
    [InlineData("Email address")]
    [InlineData("Name")]
    [InlineData("First name")]
    [InlineData("Surname")]
    [InlineData("Your name (optional)")]
    [InlineData("Phone number")]
    [InlineData("Mobile")]
    [InlineData("Contact details")]
    [InlineData("NHS number")]
    [InlineData("NI number")]
    [InlineData("National Insurance number")]
    public void IsPersonalHeader_PersonalDetails_IsTrue(string header) => Assert.True(PersonalColumns.IsPersonalHeader(header), header);

    [Theory]
    [InlineData("What would make things better?")]
    [InlineData("Name of your care home")]
    [InlineData("Service name")]
    [InlineData("Date")]
    [InlineData("Postcode")]
    [InlineData("Age band")]
    [InlineData("Would you like us to contact you?")]
    public void IsPersonalHeader_OtherColumns_IsFalse(string header) => Assert.False(PersonalColumns.IsPersonalHeader(header), header);

    [Fact]
    public void HasPersonalAnswers_MostlyPhonesEmailsOrStreetAddresses_IsTrue()
    {
        Assert.True(PersonalColumns.HasPersonalAnswers(["07700 900123", "+44 7700 900456", "", "n/a"]));
        Assert.True(PersonalColumns.HasPersonalAnswers(["jo@example.com", "sam@example.org"]));
        Assert.True(PersonalColumns.HasPersonalAnswers(["14 Dock Road, Grays", "Flat 3, 22 Bell Street"]));
        Assert.True(PersonalColumns.HasPersonalAnswers(["401 023 2102", "AB 12 34 56 C"]));
    }

    [Fact]
    public void HasPersonalAnswers_FeedbackMentioningOneNumber_IsFalse() =>
        Assert.False(PersonalColumns.HasPersonalAnswers([
            "The carers always arrive on time", "Ring me on 07700 900123 about the bus", "The day centre on Dock Road is lovely",
        ]));

    [Fact]
    public void Detect_DateOfBirthAndAddress_AreNeverTheDateOrFreeText()
    {
        var table = Read.Table("Date of birth,Address,Date,Comments\n01/03/1940,\"14 Dock Road, Grays\",01/10/2026,The day centre needs more staff at lunch\n"u8.ToArray(), "s.csv");

        Assert.Equal([ColumnRole.Personal, ColumnRole.Personal, ColumnRole.Date, ColumnRole.FreeText], SurveyColumns.Detect(table));
    }

    [Fact]
    public void Guard_StaffChoseAPersonalColumnAsTextOrDate_ItIsNotRead()
    {
        var table = Read.Table("Date of birth,Address,Postcode,Comments\n01/03/1940,\"14 Dock Road, Grays\",RM17 6SL,The day centre needs more staff at lunch\n"u8.ToArray(), "s.csv");

        var roles = PersonalColumns.Guard(table, [ColumnRole.Date, ColumnRole.FreeText, ColumnRole.Postcode, ColumnRole.FreeText]);

        Assert.Equal([ColumnRole.Personal, ColumnRole.Personal, ColumnRole.Postcode, ColumnRole.FreeText], roles);
    }

    [Fact]
    public void TalkingShop_DateOfBirthBeforeTheDate_IsNeverTheDate()
    {
        var table = Read.Table("Date of birth,Date,Locality,Venue,Enquiry type,Notes,Outcome\n01/03/1940,02/10/2026,Grays,Library,Carers,The carers group needs a later start time,Signposted\n"u8.ToArray(), "t.csv");

        var item = Assert.Single(TalkingShopParser.Parse(table, "t.csv", Read.Limits).Items);

        Assert.Equal(new DateOnly(2026, 10, 2), item.OccurredOn);
    }
}
