using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// Stop 28, held14 read: homes on a site as their residents write them (issue 14): a boat named straight after its kind with
/// its berth or mooring and marina, and a park home's plot or static caravan with its site and street, the site before or after
/// the plot or numbered as a street. Each group has the words beside it that must stay.
/// </summary>
public sealed class SiteHomeTests
{
    [Theory]
    // A boat someone lives on, named straight after its kind, with its berth or mooring and marina.
    [InlineData("She lives on the narrowboat Kestrel, berth 14, Haddon Marina and the carers cannot always find her.", "She lives on [address] and the carers cannot always find her.")]
    [InlineData("My brother lives aboard NB Otter Spirit, mooring 6, Chafford Marina.", "My brother lives aboard [address].")]
    [InlineData("Mum is on berth 9, Mayflower Marina this winter.", "Mum is on [address] this winter.")]
    // A quoted name is the name alone.
    [InlineData("She lives on the houseboat 'Kestrel' at the marina.", "She lives on the houseboat '[address]' at the marina.")]
    // A park home's plot with its site and street, the site before or after the plot, or numbered as a street.
    [InlineData("Park home resident at plot 23, Willow Park Homes, Stanford Road says the site owner will not fix the road.", "Park home resident at [address] says the site owner will not fix the road.")]
    [InlineData("Willow Park Homes, plot 23 has had no water for a week.", "[address] has had no water for a week.")]
    [InlineData("Dad lives at 23 Willow Park Homes, Stanford Road.", "Dad lives at [address].")]
    // A site named for a village beside its plot goes with the plot; the village alone stays elsewhere.
    [InlineData("She lives at Plot 7, Orsett Caravan Park.", "She lives at [address].")]
    // A static caravan's number, with its park and road.
    [InlineData("Mum lives in static caravan 12, Oak Park, Mill Lane.", "Mum lives in static [address].")]
    public void Redact_HomesOnASite_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("The bins at Willow Park Homes are never emptied.")]
    [InlineData("We went on a narrowboat holiday in 2019.")]
    [InlineData("The berth 14 was full at the marina.")]
    [InlineData("The mooring 6 fees went up again.")]
    [InlineData("The new plot 4 at the allotments is lovely.")]
    [InlineData("She lives on a boat Monday to Friday.")]
    [InlineData("The static unit 4 is noisy.")]
    [InlineData("We sold the static caravan 2 years ago.")]
    public void Redact_LookAlikesOfSiteHomes_Stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    // A street named for a park is a street beside a flat, not the flat's site: the town after it stays.
    [Fact]
    public void Redact_StreetNamedForAPark_GoesWholeAfterAFlat() =>
        Assert.Equal("[address], Grays", Redactor.Redact("flat 3, Bell Park Road, Grays"));
}
