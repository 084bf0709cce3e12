using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

public sealed class RedactorTests
{
    [Theory]
    // Email addresses
    [InlineData("Email me at jane.doe+care@example.co.uk please", "Email me at [email] please")]
    // UK phone numbers: mobile, landline, +44, with spaces, dashes and brackets
    [InlineData("Ring 07700 900123 after 5", "Ring [phone] after 5")]
    [InlineData("call 01375 652 000", "call [phone]")]
    [InlineData("tel: (01375) 652000", "tel: [phone]")]
    [InlineData("+44 7700 900123 is my son", "[phone] is my son")]
    [InlineData("+44 (0)20 7946 0958", "[phone]")]
    [InlineData("020-7946-0958", "[phone]")]
    // NHS numbers pass the modulus-11 check
    [InlineData("NHS no 943 476 5919", "NHS no [NHS number]")]
    [InlineData("my number is 9434765919.", "my number is [NHS number].")]
    // National Insurance numbers
    [InlineData("NI QQ 12 34 56 C", "NI [NI number]")]
    [InlineData("ni number ab123456c", "ni number [NI number]")]
    // Full postcodes keep their outward code
    [InlineData("I live at RM17 6SL near the park", "I live at RM17 near the park")]
    [InlineData("postcode ss17 0ab", "postcode SS17")]
    // Names after clear cues
    [InlineData("My name is Joan Smith and I care for my husband", "My name is [name] and I care for my husband")]
    [InlineData("Mrs Patel was wonderful", "Mrs [name] was wonderful")]
    [InlineData("Dr. Okafor listened", "Dr. [name] listened")] // the title is kept as written
    [InlineData("my carer Jane is always late", "my carer [name] is always late")]
    [InlineData("Our social worker Tom Hughes never rang back", "Our social worker [name] never rang back")]
    [InlineData("her district nurse Aisha comes on Mondays", "her district nurse [name] comes on Mondays")]
    [InlineData("I spoke to Gary at the front desk", "I spoke to [name] at the front desk")]
    [InlineData("a lady called Sandra rang me back", "a lady called [name] rang me back")]
    [InlineData("thanks to Priya Shah for sorting it", "thanks to [name] for sorting it")]
    public void Redact_PersonalData_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("It costs £25 a week now")]
    [InlineData("Under the Care Act 2014 I should get an assessment")]
    [InlineData("I waited from 03/04/2026 to 23/11/2026")]
    [InlineData("Ward 12 was clean")]
    [InlineData("The bus at 10:30 is always late")]
    [InlineData("I have waited 1234 days")]
    [InlineData("They charge £1,250.50 a month")]
    [InlineData("Reference 1234567890 from the council")] // ten digits failing the NHS check, not a phone number
    [InlineData("my name is not important")]
    [InlineData("my carer And the team were great")]
    [InlineData("The A13 and the M25 were closed")]
    [InlineData("Room 101, block B2")]
    [InlineData("I spoke to Social Services on Monday")]
    [InlineData("We talked to NHS 111 twice")]
    [InlineData("a man called Monday to rearrange")]
    public void Redact_NearMisses_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("943 476 5919", true)]
    [InlineData("9434765918", false)]
    [InlineData("1234567890", false)]
    public void IsNhsNumber_ChecksTheModulus11Digit(string value, bool expected) =>
        Assert.Equal(expected, Redactor.IsNhsNumber(value));
}
