using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>E-mail addresses as people type, hide and forward them (issue 14), and the "at"s and dots that must stay.</summary>
public sealed class EmailTests
{
    [Theory]
    [InlineData("From: Sean O'Brien <sean.o'brien@example.com>", "From: [name] <[email]>")]
    [InlineData("write to aoife_o’neill@example.ie", "write to [email]")]
    [InlineData("email me at siân.o'hara (at) mail (dot) example (dot) org please", "email me at [email] please")]
    [InlineData("JANE.DOE+CARE@EXAMPLE.CO.UK", "[email]")]
    [InlineData("mailto:j.smith@example.london", "mailto:[email]")]
    [InlineData("To: j.smith@council.gov.uk; k.jones@nhs.net", "To: [email]; [email]")]
    [InlineData("email: jane @ example . com.", "email: [email].")]
    [InlineData("jane.doe(@)gmail.com", "[email]")]
    [InlineData("jane.doe [@] gmail.com", "[email]")]
    [InlineData("jane.doe -at- gmail -dot- com", "[email]")]
    [InlineData("jane.doe@@gmail.com", "[email]")]
    [InlineData("jane.doe@gmail..com", "[email]")]
    [InlineData("jane.doe@gmail,com thanks", "[email] thanks")]
    [InlineData("jane.doe at gmail.com", "[email]")]
    [InlineData("reach me: janedoe1952 at hotmail.co.uk", "reach me: [email]")]
    [InlineData("email me at jane at example.com", "email me at [email]")]
    [InlineData("jane.doe\nat\tgmail.com", "[email]")]
    [InlineData("j.smith@exam\nple.com", "[email]")]
    [InlineData("j.\nsmith@example.com", "[email]")]
    [InlineData("j.smith@example.co.\nuk", "[email]")]
    [InlineData("j.smith@exam-\nple.com", "[email]")]
    [InlineData("jane (dot) doe (at) example (dot) com", "[email]")]
    [InlineData("write to jane at example dot london", "write to [email]")]
    [InlineData("Jane Doe [mailto:jane.doe@example.com]", "[name] Doe [mailto:[email]]")]
    public void Redact_EmailShapes_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("look at it dot by dot")]
    [InlineData("paid £5 at Tesco.com")]
    [InlineData("staff at Tesco.com were rude")]
    [InlineData("I work 9 to 5 at Amazon.co.uk")]
    [InlineData("see the info at NHS.uk")]
    [InlineData("we arrived at 10.30 for 11.00")]
    [InlineData("the @ symbol on the form")]
    [InlineData("visit www.thurrock.gov.uk for info")]
    [InlineData("not at all. com staff")]
    public void Redact_AtsAndDotsThatAreNoAddress_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));
}
