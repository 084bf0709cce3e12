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
    [InlineData("her car (ab45 cde) was outside", "her car ([vehicle registration]) was outside")]
    [InlineData("the taxi [lw98 rad] again", "the taxi [[vehicle registration]] again")]
    [InlineData("number plate \"AB12 CDE\"", "number plate \"[vehicle registration]\"")]
    [InlineData("VRM: ab12cde", "VRM: [vehicle registration]")]
    [InlineData("his vrm is AB12 CDE", "his vrm is [vehicle registration]")]
    [InlineData("reg AB12  CDE", "reg [vehicle registration]")]
    [InlineData("a 1985 Escort reg B123 XYZ", "a 1985 Escort reg [vehicle registration]")]
    [InlineData("cherished plate BIG 1", "cherished plate [vehicle registration]")]
    [InlineData("his private plate is S4 RAH", "his private plate is [vehicle registration]")]
    [InlineData("cars AB12 CDE and CD34 EFG park across the drive", "cars [vehicle registration] and [vehicle registration] park across the drive")]
    [InlineData("Vehicles seen: AB12 CDE, cd34 efg & EF56GHJ.", "Vehicles seen: [vehicle registration], [vehicle registration] & [vehicle registration].")]
    [InlineData("Reg AB12 CDE/CD34 EFG", "Reg [vehicle registration]/[vehicle registration]")]
    [InlineData("Cars:\n- AB12 CDE\n- CD34 EFG", "Cars:\n- [vehicle registration]\n- [vehicle registration]")]
    [InlineData("a white van CD34 EFG blocks us", "a white van [vehicle registration] blocks us")]
    [InlineData("the carer parks CD34 EFG on the verge", "the carer parks [vehicle registration] on the verge")]
    public void Redact_BracketsListsAndSlips_AreRemoved(string input, string expected) =>
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
    [InlineData("the car on 12 may was towed")]
    [InlineData("registration on 12 may")]
    [InlineData("the car (2 of them) and the van (40 mph)")]
    [InlineData("we drove the A1 road, then the M25 and the A127")]
    [InlineData("COVID 19 hit the GP hard")]
    [InlineData("Ward B12 and ward 7 were clean")]
    [InlineData("the car park (level 2) was full")]
    [InlineData("MY CAR ON 12 MAY WAS TOWED")]
    [InlineData("we live in se40 now")]
    [InlineData("the DV50 AKA encoder and XF86UWB key")]
    public void Redact_LookAlikes_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Fact]
    public void Redact_Postcode_IsAPostcodeNotARegistration() =>
        Assert.Equal("near RM17 on foot", Redactor.Redact("near RM17 6SL on foot"));
}
