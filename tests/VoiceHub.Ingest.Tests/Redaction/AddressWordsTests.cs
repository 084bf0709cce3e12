using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// Stop 27: homes written with words where digits or a house word would be, a street word beside another, and house names
/// where someone lives (issue 14). Each group has the words beside it that must stay.
/// </summary>
public sealed class AddressWordsTests
{
    [Theory]
    // A house number in words before its street.
    [InlineData("hi its about my nan at twenty two mill road can you ring", "hi its about my nan at [address] can you ring")]
    [InlineData("Please send it to forty-one Church Lane.", "Please send it to [address].")]
    [InlineData("she is seven orchard close now", "she is [address] now")]
    [InlineData("my nan lives at number twenty two old rectory road", "my nan lives at [address]")]
    [InlineData("MY DAD IS AT TWENTY TWO RECTORY ROAD", "MY DAD IS AT [address]")]
    // A street word naming the street whose word follows it.
    [InlineData("Mum lives at 14 Mill Hill Road.", "Mum lives at [address].")]
    [InlineData("New address: Flat 2, Bell Court, Station Approach Road. Thanks", "New address: [address]. Thanks")]
    [InlineData("my dad is at 9 park view crescent now", "my dad is at [address] now")]
    // A house number before "the" and one word, ending the phrase.
    [InlineData("We are at 7 the maltings and nobody came", "We are at [address] and nobody came")]
    [InlineData("I saw him twice at 12 the paddocks; he was cold", "I saw him twice at [address]; he was cold")]
    [InlineData("Come to 3 The Hollies.", "Come to [address].")]
    [InlineData("The nurse came to 5 the kynochs, and left", "The nurse came to [address], and left")]
    // "Towers" names a block of flats.
    [InlineData("The alarm call came from Flat 9, Nelson Towers: no answer", "The alarm call came from [address]: no answer")]
    // A named house after the person who lives there.
    [InlineData("Best wishes to Ida Kowalczyk of Marsh Farm Cottages after her op.", "Best wishes to [name] of [address] after her op.")]
    [InlineData("Mum of Ivy Cottage rang twice", "Mum of [address] rang twice")]
    // A two-word house name placed by its street; a hamlet by its village.
    [InlineData("They took the hoist from Ty Gwyn, Rectory Road and kept it.", "They took the hoist from [address] and kept it.")]
    [InlineData("Can the nurse come to Apple Tree Cottage, Bulphan Fen instead?", "Can the nurse come to [address] instead?")]
    [InlineData("Rose Cottage, Bulphan is lovely", "[address], Bulphan is lovely")]
    // A house's name where someone lives.
    [InlineData("she lives at Rosedene.", "she lives at [address].")]
    [InlineData("mum lives at Hillcrest", "mum lives at [address]")]
    [InlineData("Dad's at Glenview, it's damp", "Dad's at [address], it's damp")]
    // The known leftovers of stop 26.
    [InlineData("moved to Dockside 14", "moved to [address]")]
    [InlineData("Mum is at Dockside 14.", "Mum is at [address].")]
    [InlineData("she's now at Marsh Farm 3", "she's now at [address]")]
    [InlineData("send it to 14, Dockside please", "send it to [address] please")]
    [InlineData("The repairs at 4 Becket Estate never happen", "The repairs at [address] never happen")]
    public void Redact_HomesWrittenInWords_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Walk from two high street banks")]
    [InlineData("we waited from two church road shops to the next")]
    [InlineData("Lunch at two Church Road cafes")]
    [InlineData("the clinic is two Mill Lane surgery rooms")]
    [InlineData("at one high street bank")]
    [InlineData("the one way street is a problem")]
    [InlineData("She arrived at 7 the latest")]
    [InlineData("We arrived at 9 the carers came")]
    [InlineData("at 8 the ambulance came")]
    [InlineData("I go at 3 the following day.")]
    [InlineData("We left at 3 the kids and I were tired")]
    [InlineData("She woke at 6 the lights and heating were off")]
    [InlineData("the Friends of Bell House met")]
    [InlineData("the manager of Kenning House said")]
    [InlineData("the residents of Elm Court have no lift")]
    [InlineData("The 4 green lane surgery was closed.")]
    [InlineData("The 12 Dock Road Clinic is good")]
    [InlineData("she lives on the Bell Estate")]
    [InlineData("the bins on Becket Estate")]
    [InlineData("moved to Spain 2019.")]
    [InlineData("moved to Ward 14.")]
    [InlineData("moved to Stage 2.")]
    [InlineData("it's at Grays 2")]
    [InlineData("Mum is at Ward 14.")]
    [InlineData("the bus is at Stop 4.")]
    [InlineData("He was at Level 3.")]
    [InlineData("She's at Lakeside 2.")]
    [InlineData("We came from Basildon, London Road was shut.")]
    [InlineData("I went to Tesco Extra, London Road.")]
    [InlineData("Boots, High Street, Grays")]
    [InlineData("she's at Basildon.")]
    [InlineData("she's at Lakeside.")]
    [InlineData("she's at Rayleigh.")]
    [InlineData("Mum's at Hadleigh, shopping")]
    [InlineData("she lives at Grays.")]
    [InlineData("Residents at Elm Court have no lift")]
    [InlineData("buses on Dock Road are late")]
    public void Redact_WordsBesideHomesInWords_Survive(string input) =>
        Assert.DoesNotContain("[address]", Redactor.Redact(input));
}
