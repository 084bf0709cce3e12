using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>Street addresses as people write them (issue 14), and what must stay beside them.</summary>
public sealed class AddressTests
{
    [Theory]
    [InlineData("14 Dock Road is damp", "[address] is damp")]
    [InlineData("send it to 14 dock rd please", "send it to [address] please")]
    [InlineData("23a High St was flooded", "[address] was flooded")]
    [InlineData("Post went to no. 7 Clarence Rd instead", "Post went to [address] instead")]
    [InlineData("Post went to number 7 Clarence Road", "Post went to [address]")]
    [InlineData("7, Clarence Road has a ramp", "[address] has a ramp")]
    [InlineData("14-16 Mill Lane share a drive", "[address] share a drive")]
    [InlineData("The new ramp at 9 The Broadway is too steep", "The new ramp at [address] is too steep")]
    [InlineData("14 DOCK ROAD HAS NO RAMP", "[address] HAS NO RAMP")]
    [InlineData("carers never find 3 orchard close", "carers never find [address]")]
    [InlineData("my mum lives at 3 the crescent", "my mum lives at [address]")]
    [InlineData("FLAT 3, BELL HOUSE IS COLD", "[address] IS COLD")]
    [InlineData("rose cottage, mill lane, tilbury", "[address], tilbury")]
    [InlineData("the lift at 14 Dock Cl is broken", "the lift at [address] is broken")]
    [InlineData("post to 3 Bell Terr went missing", "post to [address] went missing")]
    [InlineData("she moved to 2 Orsett Pde", "she moved to [address]")]
    public void Redact_HouseNumberAndStreet_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("14 Dockside, Grays", "[address], Grays")]
    [InlineData("I live at 14 Dockside with my wife", "I live at [address] with my wife")]
    [InlineData("i live at 14 dockside and the bins are never collected", "i live at [address] and the bins are never collected")]
    [InlineData("He moved to 14 Dockside in June", "He moved to [address] in June")]
    [InlineData("My house is 14 Dockside", "My house is [address]")]
    [InlineData("We're at 14 Dockside now", "We're at [address] now")]
    [InlineData("Our house at 7 Rosewood is damp", "Our house at [address] is damp")]
    [InlineData("Her address is 14 Dockside, Grays RM17 6SL.", "Her address is [address], Grays RM17.")]
    [InlineData("her address is 14 dockside grays", "her address is [address] grays")]
    public void Redact_NumberWithoutStreetWord_IsRemovedAfterACueOrBeforeATown(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Flat 3, Bell House is cold", "[address] is cold")]
    [InlineData("flat 3b has damp", "[address] has damp")]
    [InlineData("We are at flat 12 now", "We are at [address] now")]
    [InlineData("apt 4 has no lift", "[address] has no lift")]
    [InlineData("I moved into unit 2 last year", "I moved into [address] last year")]
    [InlineData("Flat 3, Bell House, 14 Dock Road, Grays, RM17 6SL", "[address], Grays, RM17")]
    [InlineData("Apartment 7, The Maltings, 3 Quay Street, Grays", "[address], Grays")]
    [InlineData("I live in Grays, 14 Dock Road", "I live in Grays, [address]")]
    [InlineData("Mum is in room 12 at Orchard House and loves it", "Mum is in [address] at Orchard House and loves it")]
    [InlineData("Dad has room 4 in Riverside Care Home", "Dad has [address] in Riverside Care Home")]
    public void Redact_FlatsUnitsAndCareHomeRooms_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Rose Cottage, Mill Lane, Tilbury", "[address], Tilbury")]
    [InlineData("I live at Rose Cottage and the lane floods", "I live at [address] and the lane floods")]
    [InlineData("she lives on Mill Lane now", "she lives on [address] now")]
    [InlineData("her address is Rose Cottage, Mill Lane", "her address is [address]")]
    [InlineData("Her address is Bell House", "Her address is [address]")]
    public void Redact_NamedHousesAndCuedStreets_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Fact]
    public void Redact_LetterAddressOverLines_KeepsTownAndOutwardCode()
    {
        var letter = "Mrs Jones\n14 Dockside\nGrays\nRM17 6SL\n\nI am writing about the bus.";

        Assert.Equal("Mrs [name]\n[address]\nGrays\nRM17\n\nI am writing about the bus.", Redactor.Redact(letter));
    }

    [Fact]
    public void Redact_NamedHouseAndStreetOverLines_AreRemoved() =>
        Assert.Equal("[address]\nTilbury", Redactor.Redact("Rose Cottage\nMill Lane\nTilbury"));

    [Fact]
    public void Apply_Address_IsCountedOnce()
    {
        var result = Redactor.Apply("Flat 3, Bell House, 14 Dock Road, Grays");

        Assert.Equal(1, result.Counts[Redactor.Address]);
    }

    [Theory]
    [InlineData("We're in Juniper House (flat 9) and the heating is off", "We're in [address] and the heating is off")]
    [InlineData("We’re in Juniper House (flat 9) and the heating is off", "We’re in [address] and the heating is off")]
    [InlineData("Juniper House, flat 9 has no heating", "[address] has no heating")]
    [InlineData("post for Juniper House flat 9 goes astray", "post for [address] goes astray")]
    [InlineData("post for flat 9 of Juniper House goes astray", "post for [address] goes astray")]
    [InlineData("Fenwick Court (Apartment 12) is damp", "[address] is damp")]
    [InlineData("WE'RE IN JUNIPER HOUSE (FLAT 9)", "WE'RE IN [address]")]
    [InlineData("we're in juniper house (flat 9) still", "we're in [address] still")]
    [InlineData("I'm in Juniper House and nobody visits", "I'm in [address] and nobody visits")]
    [InlineData("we are in Fenwick Court now", "we are in [address] now")]
    [InlineData("Orchard House, flat 3 is where she lives", "Orchard House, [address] is where she lives")]
    [InlineData("send it to flat 9 Juniper house please", "send it to [address] please")]
    [InlineData("Flat 9, Juniper court is damp", "[address] is damp")]
    [InlineData("apt 4 Fenwick mansions, 3 Quay Street", "[address]")]
    [InlineData("Juniper house (flat 9) has no heating", "[address] has no heating")]
    [InlineData("Juniper house, flat 9 has no heating", "[address] has no heating")]
    public void Redact_BuildingBesideAFlatOrAfterImIn_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Apartment 4, 2nd Floor, Fenwick Court, 3 Quay Street", "[address]")]
    [InlineData("Ground Floor Flat, 14 Dock Road", "[address]")]
    [InlineData("Lower Ground Floor Flat, 22 Orsett Road", "[address]")]
    [InlineData("Basement flat, 22 Orsett Road is damp", "[address] is damp")]
    [InlineData("3rd Floor, 12 High Street", "[address]")]
    [InlineData("First Floor Flat 2 Juniper House", "[address]")]
    [InlineData("Flat 2/1, 14 Dock Road", "[address]")]
    [InlineData("Flat 3 Fenwick Court Dock Road Grays", "[address] Grays")]
    [InlineData("He lives at no 7.", "He lives at [address].")]
    [InlineData("she lives at number 12a, so close", "she lives at [address], so close")]
    [InlineData("c/o 14 Dock Road, Grays", "c/o [address], Grays")]
    [InlineData("Flat B, 14 Dock Road", "[address]")]
    [InlineData("Block C, Flat 12 is damp", "[address] is damp")]
    [InlineData("12 St. John's Close is ours", "[address] is ours")]
    [InlineData("we live in number 34", "we live in [address]")]
    [InlineData("He lives at 16.", "He lives at [address].")]
    [InlineData("I live at the back of 14 Dock Road", "I live at the back of [address]")]
    public void Redact_FloorsRangesAndSubBuildings_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    // Stop 23: shapes written from how UK addresses are typed (Royal Mail's short forms, slips, rural and estate
    // addresses, the words people put before a home), not from any set's misses.
    [Theory]
    [InlineData("14 Dock Av. has no lift", "[address] has no lift")]
    [InlineData("14 Dock Av has no lift", "[address] has no lift")]
    [InlineData("4 Bell Ter flooded", "[address] flooded")]
    [InlineData("4 Bell Wy flooded", "[address] flooded")]
    [InlineData("4 Bell Wk flooded", "[address] flooded")]
    [InlineData("4 Bell Grn flooded", "[address] flooded")]
    [InlineData("4 Bell Cresent flooded", "[address] flooded")]
    [InlineData("4 Bell Raod flooded", "[address] flooded")]
    [InlineData("4 Bell Avenu flooded", "[address] flooded")]
    [InlineData("4 Bell Stret flooded", "[address] flooded")]
    [InlineData("4 Bell Gardns flooded", "[address] flooded")]
    [InlineData("4 Bell Clsoe flooded", "[address] flooded")]
    [InlineData("4 Bell Terace flooded", "[address] flooded")]
    [InlineData("4 BELL TERACE FLOODED", "[address] FLOODED")]
    public void Redact_ShortFormsAndSlipsInTheStreetWord_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Bungalow 3, Mill Lane", "[address]")]
    [InlineData("Bungalow 3 has no ramp", "[address] has no ramp")]
    [InlineData("Block C, Bell Estate is damp", "[address] is damp")]
    [InlineData("she is in Block 4, Bell Estate", "she is in [address]")]
    [InlineData("Flat 12, Bell Estate", "[address]")]
    [InlineData("Ivy House Farm, Church Lane", "[address]")]
    [InlineData("The Old Rectory, Church Lane", "[address]")]
    [InlineData("Hill Farm, off the A13", "[address], off the A13")]
    [InlineData("Rose Cottage, off Mill Lane", "[address], off Mill Lane")]
    [InlineData("Hill Farm, Orsett is cut off in snow", "[address], Orsett is cut off in snow")]
    [InlineData("Address line 1: Rose Cottage", "Address line 1: [address]")]
    [InlineData("Studio 3, Bell House", "[address]")]
    [InlineData("Bedsit 3, 14 Dock Road", "[address]")]
    [InlineData("Room 4, 14 Dock Road", "[address]")]
    [InlineData("Caravan 12, Riverside Park", "[address]")]
    public void Redact_RuralEstateAndSubBuildingShapes_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("his place on Fairview Avenue is a mess", "his place on [address] is a mess")]
    [InlineData("the house on Fairview Avenue is falling apart", "the house on [address] is falling apart")]
    [InlineData("we moved her to Rose Cottage in May", "we moved her to [address] in May")]
    [InlineData("the meds were delivered to Rose Cottage", "the meds were delivered to [address]")]
    [InlineData("I went round to 27 Fairview to check", "I went round to [address] to check")]
    [InlineData("the carer was round at Hill Farm all day", "the carer was round at [address] all day")]
    [InlineData("she is staying at 14 Dockside for now", "she is staying at [address] for now")]
    [InlineData("my adress is 14 dockside", "my adress is [address]")]
    [InlineData("Addr: 14 Dockside", "Addr: [address]")]
    [InlineData("House name: Rose Cottage", "House name: [address]")]
    [InlineData("Street: Dock Road", "Street: [address]")]
    [InlineData("my nan's flat in Bell House is cold", "my nan's flat in [address] is cold")]
    [InlineData("grandads bungalow on Mill Lane", "grandads bungalow on [address]")]
    [InlineData("she was rehoused at Bell House", "she was rehoused at [address]")]
    [InlineData("I visit him at 14 Dockside", "I visit him at [address]")]
    [InlineData("he lives at the top of Dock Road", "he lives at the top of [address]")]
    [InlineData("c/o Rose Cottage", "c/o [address]")]
    [InlineData("nan's house, 14 Dockside", "nan's house, [address]")]
    [InlineData("her flat, Bell House, is cold", "her flat, [address], is cold")]
    public void Redact_StreetOrHouseAfterWhatPeopleSayBeforeAHome_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("we moved her to Basildon Hospital")]
    [InlineData("we moved her to Orchard House care home")]
    [InlineData("his place on the committee")]
    [InlineData("the house on the corner is empty")]
    [InlineData("I went round at 5 to check")]
    [InlineData("parcel delivered to the wrong house")]
    [InlineData("a bungalow 3 miles away")]
    [InlineData("a bungalow 2 streets away")]
    [InlineData("Block 3 of the hospital is shut")]
    [InlineData("Block C is shut")]
    [InlineData("she lives on the Bell Estate")]
    [InlineData("Hill Farm Day Centre is lovely")]
    [InlineData("off the A13 at Junction 30")]
    [InlineData("I went round to Grays to check")]
    [InlineData("3 Bus Drivers were off sick")]
    [InlineData("2 Good Reads this month")]
    [InlineData("The 5 Red Plates were broken")]
    [InlineData("2 Community Garden sessions a week")]
    [InlineData("the dance studio 2 was cold")]
    [InlineData("my house in Grays is cold")]
    [InlineData("he lives at the end of the road")]
    [InlineData("I'm at the end of my tether")]
    [InlineData("our house in the summer is busy")]
    [InlineData("the house on the hill")]
    [InlineData("my house, which is old, is cold")]
    [InlineData("c/o the manager")]
    [InlineData("c/o Thurrock Council")]
    [InlineData("her flat, Grays, is cold")]
    public void Redact_WordsBesideTheNewShapes_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Theory]
    [InlineData("I am a tenant at Larkspur House extra care, flat 23. The lift is out", "I am a tenant at [address]. The lift is out")]
    [InlineData("Mum is in Elm Court sheltered housing, flat 4, and loves it", "Mum is in [address], and loves it")]
    [InlineData("Wren Lodge extra care scheme (flat 7) has no warden now", "[address] has no warden now")]
    [InlineData("Post for Ash Court supported living, flat 2 goes astray", "Post for [address] goes astray")]
    [InlineData("I'm a tenant at Larkspur House and the heating is off", "I'm a tenant at [address] and the heating is off")]
    [InlineData("she has been a resident of Wren Court for years", "she has been a resident of [address] for years")]
    [InlineData("he is the leaseholder at 4 Quarry Close", "he is the leaseholder at [address]")]
    [InlineData("22 b Baker Street is cold", "[address] is cold")]
    [InlineData("Send it to 7 A Mill Lane please", "Send it to [address] please")]
    [InlineData("i live at 3 c quarry road", "i live at [address]")]
    [InlineData("Mum lives in Flat Two, Bell House.", "Mum lives in [address].")]
    [InlineData("I live in flat two", "I live in [address]")]
    [InlineData("we are in flat four of Bell Court", "we are in [address]")]
    [InlineData("FLAT SIX, BELL HOUSE", "[address]")]
    [InlineData("carers can never find 14 dock raod", "carers can never find [address]")]
    [InlineData("My nan is at 9 hill crecent", "My nan is at [address]")]
    [InlineData("14 church stret, grays", "[address], grays")]
    [InlineData("The gate at 3 Quarry clsoe is broken", "The gate at [address] is broken")]
    [InlineData("Plot 7, Orchard Fields has no ramp yet", "[address] has no ramp yet")]
    [InlineData("We live on Pitch 4 at the Traveller site", "We live on [address] at the Traveller site")]
    [InlineData("they're on pitch 12 and the water is off", "they're on [address] and the water is off")]
    [InlineData("Apartment 9, The Maltings, Grays", "[address], Grays")]
    [InlineData("I live in Apartment 9, The Maltings.", "I live in [address].")]
    [InlineData("14 London Road North is flooded", "[address] is flooded")]
    [InlineData("Flat 3, The Council never came", "[address], The Council never came")]
    [InlineData("14 dock road east of the station", "[address] east of the station")]
    public void Redact_SchemeFlatsTenanciesLettersWordsSlipsAndSites_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Larkspur House extra care is lovely")]
    [InlineData("Residents at Elm Court have no lift")]
    [InlineData("She is a resident of Grays")]
    [InlineData("Dad is a resident at Beech House care home")]
    [InlineData("He is a tenant of Thurrock Council")]
    [InlineData("we pay 3 a week on station road")]
    [InlineData("She has 2 a day at Ship Lane")]
    [InlineData("THE ROAD IS FLAT ONE WAY")]
    [InlineData("I want a flat one not a hilly one")]
    [InlineData("my tyre was flat one morning")]
    [InlineData("The flat two doors down is empty")]
    [InlineData("the plot 7 of the story was thin")]
    [InlineData("The pitch 4 players were late")]
    [InlineData("I waited 3 hours on the raod")]
    [InlineData("2 streets away")]
    [InlineData("He was in ward 5 then bay 3")]
    [InlineData("We went up the A13 to Junction 30")]
    public void Redact_WordsBesideStopTwentyFoursShapes_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Theory]
    [InlineData("moved to Tilbury last year")]
    [InlineData("lives in Grays with her son")]
    [InlineData("she lives on her own")]
    [InlineData("I live at home with my dad")]
    [InlineData("lived in 2 care homes")]
    [InlineData("The bus along Dock Road is late")]
    [InlineData("He was in Room 101 at Basildon Hospital")]
    [InlineData("Ward 7 staff were kind")]
    [InlineData("The stroke unit 2 was great")]
    [InlineData("we need a flat 3 bed at least")]
    [InlineData("the flat 2 doors down is empty")]
    [InlineData("I waited 3 hours on the road")]
    [InlineData("I had 2 falls on the street")]
    [InlineData("On 12 March Street parties were held")]
    [InlineData("1 Introduction\n2 Findings\nGrays")]
    [InlineData("Would like it to stay in Broad St building")]
    [InlineData("Moved to Orchard House, which is lovely")]
    [InlineData("Took 20 minutes walk to the surgery")]
    [InlineData("We saw 3 St John Ambulance crews")]
    [InlineData("Ockendon Centre, 2 High Street, Grays")]
    [InlineData("In 2019 Dock Road was shut for a month")]
    [InlineData("my house is 3 bedroom")]
    [InlineData("I'm at 90 percent")]
    [InlineData("we are at 12 Noon")]
    [InlineData("my home is in Grays")]
    [InlineData("I'm in Crown Court next week for him")]
    [InlineData("We're in Magistrates Court on Monday")]
    [InlineData("I'm in Town Hall tomorrow")]
    [InlineData("I’m in room 4 at Queen's Hospital")]
    [InlineData("I'm in 2 minds about it")]
    [InlineData("i'm in 2 minds about it")]
    [InlineData("I'm in hospital again")]
    [InlineData("We're in Grays now")]
    [InlineData("I'm in Orchard House care home and it is lovely")]
    [InlineData("I'm in Beech House care home and it is lovely")]
    [InlineData("Mum lives in Beech House care home")]
    [InlineData("Dad moved into Larch Court Nursing Home")]
    [InlineData("The lift is on the 3rd floor")]
    [InlineData("Ground floor toilets were dirty")]
    [InlineData("I'm at number 7 on the waiting list")]
    [InlineData("she lives at 16 years old")]
    [InlineData("I have lived at 5 addresses.")]
    [InlineData("I live in 1 of the flats.")]
    [InlineData("Flat A is next to the lift")]
    [InlineData("we have a flat 2 doors from the house")]
    [InlineData("Her flat is in a big house")]
    [InlineData("not the main address Kind staff and quick help")]
    [InlineData("I gave my address The form was lost")]
    [InlineData("the address Grays office has is wrong")]
    public void Redact_PlacesCountsAndCareSettings_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));
}
