using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>Person names in the ways people write them, and the words that look like names but must stay.</summary>
public sealed class NameTests
{
    [Theory]
    [InlineData("Her name is Mary Smith, phone 07700 900123", "Her name is [name], phone [phone]")]
    [InlineData("my name is john smith", "my name is [name]")]
    [InlineData("I'm Peter Williams, her husband", "I'm [name], her husband")]
    [InlineData("Name: Margaret Thompson", "Name: [name]")]
    [InlineData("my son DAVID was not told", "my son [name] was not told")]
    [InlineData("Siobhán Ní Bhriain rang me", "[name] rang me")]
    [InlineData("My daughter Sarah helped", "My daughter [name] helped")]
    [InlineData("Mrs Patel on reception was kind", "Mrs [name] on reception was kind")]
    [InlineData("The carer, Krzysztof, was always late", "The carer, [name], was always late")]
    [InlineData("It was fine.\nSigned, Ethel", "It was fine.\nSigned, [name]")]
    [InlineData("Regards, Tom", "Regards, [name]")]
    [InlineData("Love from Jean", "Love from [name]")]
    [InlineData("Thank you all\n- Ethel", "Thank you all\n- [name]")]
    [InlineData("Dr Okafor listened", "Dr [name] listened")]
    [InlineData("ask for Gary at the desk", "ask for [name] at the desk")]
    [InlineData("my son Jake Thompson rang", "my son [name] rang")]
    [InlineData("Anne-Marie O'Connor was lovely", "[name] was lovely")]
    [InlineData("Pieter van der Berg visited", "[name] visited")]
    [InlineData("Sarah's mum rang", "[name]'s mum rang")]
    [InlineData("Tina and Jill were lovely", "[name] and [name] were lovely")]
    [InlineData("MY SON DAVID WAS SEEN BY DR PATEL", "MY SON [name] WAS SEEN BY DR [name]")]
    [InlineData("the carer krzysztof is great", "the carer [name] is great")]
    [InlineData("my son Will came", "my son [name] came")]
    [InlineData("Mark Thompson rang back", "[name] rang back")]
    [InlineData("A lady called Tamsin came", "A lady called [name] came")]
    [InlineData("Mr CHYNOWETH came round", "Mr [name] came round")]
    [InlineData("Lovely staff. my nan thangam is 94", "Lovely staff. my nan [name] is 94")]
    [InlineData("The lady said her name was efua", "The lady said her name was [name]")]
    [InlineData("With thanks from the Oyebanji family", "With thanks from the [name] family")]
    [InlineData("Blodwen - you are a star!", "[name] - you are a star!")]
    [InlineData("It was fine.\nBest, Chinonso", "It was fine.\nBest, [name]")]
    [InlineData("Thank you Revathi for everything", "Thank you [name] for everything")]
    [InlineData("Adjei rang me back", "[name] rang me back")]
    public void Redact_Names_AreRemovedWhole(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("We went to Grays for the clinic and the bus from Tilbury never came")]
    [InlineData("I hope they listen. Hope you can help")]
    [InlineData("Will someone ring me back?")]
    [InlineData("May was a hard month")]
    [InlineData("The Bill went up again and the bill was wrong")]
    [InlineData("Nurse practitioners are stretched; the nurse was kind")]
    [InlineData("Orchard House care home needs more staff")]
    [InlineData("St Luke's Hospice were amazing")]
    [InlineData("Queen's Hospital A&E was packed on Monday")]
    [InlineData("Basildon Hospital discharged him at night")]
    [InlineData("The Stanford-le-Hope surgery is closing in March")]
    [InlineData("Mark my words, the carer was late")]
    [InlineData("I need to see a doctor. Hope you can help.")]
    [InlineData("THE AMBULANCE CREW WERE BRILLIANT AND VERY KIND")]
    [InlineData("the paramedics were lovely and the ambulance came quick")]
    [InlineData("My partner's CPN was good")]
    [InlineData("Coffee/Tea and Biscuits were nice")]
    [InlineData("He did his best within the Law")]
    [InlineData("Good staff. my nan recieved a letter")]
    [InlineData("Good staff. my husband isn't well and my wife wasn't told")]
    [InlineData("We moved from Shrewsbury to Grays")]
    public void Redact_LookAlikes_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));
}
