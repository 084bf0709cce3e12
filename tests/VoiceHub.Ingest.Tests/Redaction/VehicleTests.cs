using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>Car registrations in every DVLA shape (issue 14), and the look-alikes that must stay.</summary>
public sealed class VehicleTests
{
    [Theory]
    [InlineData("the van AB12 CDE blocked us", "the van [vehicle registration] blocked us")]
    [InlineData("he parked AB12CDE outside", "he parked [vehicle registration] outside")]
    [InlineData("someone in ab12cde parks there", "someone in [vehicle registration] parks there")]
    [InlineData("A car, YX71 HGF, was parked across the drop kerb", "A car, [vehicle registration], was parked across the drop kerb")]
    [InlineData("His old Fiesta A123 BCD is gone", "His old Fiesta [vehicle registration] is gone")]
    [InlineData("ABC 123D was on the drive", "[vehicle registration] was on the drive")]
    public void Redact_UnmistakableShapes_AreRemovedWithoutACue(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("reg ab12 cde", "reg [vehicle registration]")]
    [InlineData("my car is ab12cde", "my car is [vehicle registration]")]
    [InlineData("number plate a123 bcd", "number plate [vehicle registration]")]
    [InlineData("registration abc 123d", "registration [vehicle registration]")]
    [InlineData("Blue badge car reg K1 NGS", "Blue badge car reg [vehicle registration]")]
    [InlineData("registration number is ABC 123", "registration number is [vehicle registration]")]
    [InlineData("Reg no: 1234 AB", "Reg no: [vehicle registration]")]
    [InlineData("vehicle: AB 12 CDE", "vehicle: [vehicle registration]")]
    public void Redact_AfterACue_AnyShapeIsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("THE A13 AND M25 WERE SHUT BY 21 MAY")]
    [InlineData("We had an MRI 3T scan")]
    [InlineData("the CHC 2023 form")]
    [InlineData("took vitamin B12 daily")]
    [InlineData("The car park was full 2 days")]
    [InlineData("car reg is on 2 forms")]
    [InlineData("I took the car A13 to work")]
    [InlineData("We rang NHS 111 twice")]
    [InlineData("Ward 7B was clean")]
    [InlineData("she was seen by 21 may")]
    [InlineData("I got my P45 and P60")]
    public void Redact_LookAlikes_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Fact]
    public void Redact_Postcode_IsAPostcodeNotARegistration() =>
        Assert.Equal("near RM17 on foot", Redactor.Redact("near RM17 6SL on foot"));
}
