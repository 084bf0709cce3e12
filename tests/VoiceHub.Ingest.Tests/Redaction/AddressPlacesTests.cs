using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// Stop 27, held13 read: homes written as a careful reader would still take them out (issue 14): a house's name of two or
/// three words placed by what is near it, a saint's street in lower case, a number after its street, a room in brackets or by
/// its wing, a lower-case building after a flat, and a boat someone lives on. Each group has the words beside it that must stay.
/// </summary>
public sealed class AddressPlacesTests
{
    [Theory]
    // A house's name after "lives at", placed by what is near it or ending the clause.
    [InlineData("My gran lives at Willow Bank near the church, and the carers are late.", "My gran lives at [address] near the church, and the carers are late.")]
    [InlineData("Dad lived at Brook End outside Stanford for years.", "Dad lived at [address] outside Stanford for years.")]
    // A saint's street in lower case, with any street word.
    [InlineData("Mum moved to 31 st annes walk last year.", "Mum moved to [address] last year.")]
    [InlineData("the carer goes to 7 st michaels close every morning", "the carer goes to [address] every morning")]
    // The house number after its street, after a cue.
    [InlineData("my nan is living in Paxton Road 31 with no heating", "my nan is living in [address] with no heating")]
    [InlineData("Dad lives on Mill Lane, 9 and the bins are never emptied.", "Dad lives on [address] and the bins are never emptied.")]
    // A room or flat in brackets after the address.
    [InlineData("Jack rents a bedsit at 41 Orchard Street (flat 2b) above the shop.", "Jack rents a bedsit at [address] above the shop.")]
    // A room by its wing, the word in lower case; the home stays.
    [InlineData("Dad is in Room 6, Beech wing at Orsett Hall care home.", "Dad is in [address] at Orsett Hall care home.")]
    // After a flat, "the" and a word buildings are named with, in lower case.
    [InlineData("Aunt Jo, flat 2 the limes, 3 mill rd, needs a visit.", "Aunt [name], [address], needs a visit.")]
    [InlineData("I am in flat 5 the cedars.", "I am in [address].")]
    // A boat someone lives on, by its name.
    [InlineData("My son lives on his boat, Morning Star, near Benfleet.", "My son lives on his boat, [address], near Benfleet.")]
    [InlineData("We live aboard a narrowboat called Silver Heron most of the year.", "We live aboard a narrowboat called [address] most of the year.")]
    public void Redact_HomesACarefulReaderRemoves_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("She lives at Grays Library near the station.")]
    [InlineData("She lives at Basildon Hospital near the car park.")]
    [InlineData("He lives at Orsett Hall care home near Orsett.")]
    [InlineData("He lives at Tilbury near the docks.")]
    [InlineData("We live at home near Grays.")]
    [InlineData("We went to 5 st johns ambulance sessions.")]
    [InlineData("I had 3 st georges day parties this year.")]
    [InlineData("Mum is in room 9, Cedar wing at Basildon Hospital.")]
    [InlineData("The windows in Oak wing are broken.")]
    [InlineData("She lives on a barge, which is cold.")]
    [InlineData("He works on a boat, Silver Heron, on the Thames.")]
    public void Redact_LookAlikesOfHomes_Stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Theory]
    // The count after a street stays: "2 years", "2 doors down".
    [InlineData("She has lived on Dock Road 2 years.", "She has lived on [address] 2 years.")]
    [InlineData("He lives on Mill Lane 2 doors down.", "He lives on [address] 2 doors down.")]
    // "the kids", "the stairs" after a flat are no building.
    [InlineData("She moved into flat 3 the kids helped", "She moved into [address] the kids helped")]
    public void Redact_WhatFollowsAHome_StaysWhenItIsNoPartOfIt(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));
}
