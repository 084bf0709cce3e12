using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>Every identifier format issue 14 found missed, and the other kinds it asks for.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("Mob:07700 900468", "Mob:[phone]")]
    [InlineData("tel:07700900467", "tel:[phone]")]
    [InlineData("ring 0044 7700 900464 please", "ring [phone] please")]
    [InlineData("07700.900.466", "[phone]")]
    [InlineData("(+44) 7700 900473", "[phone]")]
    [InlineData("call 07700 900477/8 after six", "call [phone] after six")]
    [InlineData("mobile07700900471", "mobile[phone]")]
    [InlineData("Mob:07700900456 1st time used", "Mob:[phone] 1st time used")]
    [InlineData("NHS:4857773015", "NHS:[NHS number]")]
    [InlineData("NHS no. 400.000.0012", "NHS no. [NHS number]")]
    [InlineData("his number 9434 765 919 was wrong", "his number [NHS number] was wrong")]
    [InlineData("I live at RM17  6SL", "I live at RM17")]
    [InlineData("RM17-6SL", "RM17")]
    [InlineData("postcode RM17-7TH", "postcode RM17")]
    [InlineData("DOB: 12.03.1951", "DOB: [date of birth]")]
    [InlineData("born 12/03/1950 in Grays", "born [date of birth] in Grays")]
    [InlineData("date of birth 3rd March 1951", "date of birth [date of birth]")]
    [InlineData("I live at 14 Dock Road, Grays", "I live at [address], Grays")]
    [InlineData("Flat 3, Bell House is cold", "[address] is cold")]
    [InlineData("send it to 22a Orsett Rd please", "send it to [address] please")]
    [InlineData("i live at 14 dock road", "i live at [address]")]
    [InlineData("jane (at) example (dot) com", "[email]")]
    [InlineData("write to jane＠example.com today", "write to [email] today")]
    [InlineData("NI number AB 12 34 56 C", "NI number [NI number]")]
    [InlineData("sort code 12-34-56 account 12345678", "sort code [bank details] account [bank details]")]
    [InlineData("pay 20-00-00 43218765 now", "pay [bank details] [bank details] now")]
    [InlineData("s/c 200000 a/c 12345678", "s/c [bank details] a/c [bank details]")]
    [InlineData("sort code 200000 and account 1234 5678", "sort code [bank details] and account [bank details]")]
    [InlineData("acct 12345678", "acct [bank details]")]
    [InlineData("paid into acc 12345678 sort 20-00-00.", "paid into acc [bank details] sort [bank details].")]
    [InlineData("sort 20-00-00 acc 12345678", "sort [bank details] acc [bank details]")]
    [InlineData("acc12345678 s/c 200000", "acc[bank details] s/c [bank details]")]
    [InlineData("a/c: 1234 5678, s/c: 20.00.00", "a/c: [bank details], s/c: [bank details]")]
    [InlineData("sort 200000 acc no 12345678", "sort [bank details] acc no [bank details]")]
    [InlineData("Sort: 20/00/00 ACC: 12345678", "Sort: [bank details] ACC: [bank details]")]
    [InlineData("money to 12345678 20-00-00 please", "money to [bank details] [bank details] please")]
    [InlineData("sort 123456", "sort [bank details]")]
    [InlineData("acc no 12345678 sc 200000", "acc no [bank details] sc [bank details]")]
    [InlineData("ACC 12345678 SORT 200000", "ACC [bank details] SORT [bank details]")]
    [InlineData("my bank is GB29 NWBK 6016 1331 9268 19 thanks", "my bank is [bank details] thanks")]
    [InlineData("paid into gb29nwbk60161331926819", "paid into [bank details]")]
    [InlineData("sort code: 20.00.00", "sort code: [bank details]")]
    [InlineData("NI AB 123 456 C", "NI [NI number]")]
    [InlineData("my case number is 1234567", "my case number is [case reference]")]
    [InlineData("Liquidlogic ref 1234567", "Liquidlogic ref [case reference]")]
    [InlineData("email jane dot smith at example dot com", "email [email]")]
    [InlineData("it's jsmith at gmail dot co dot uk", "it's [email]")]
    [InlineData("my case ref is ASC-123456", "my case ref is [case reference]")]
    [InlineData("quote CR1234567", "quote [case reference]")]
    [InlineData("the van AB12 CDE blocked us", "the van [vehicle registration] blocked us")]
    [InlineData("reg ab12 cde", "reg [vehicle registration]")]
    [InlineData("NI AB 12 34 56", "NI [NI number]")]
    [InlineData("national insurance no ab123456 thanks", "national insurance no [NI number] thanks")]
    [InlineData("N.I. No. AB123456C", "N.I. No. [NI number]")]
    [InlineData("card number 4111 1111 1111 1111", "card number [bank details]")]
    [InlineData("my card 4111-1111-1111-1111 was charged", "my card [bank details] was charged")]
    public void Redact_IssueFormats_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("My appointment was on 12/03/2024 at 10:30")]
    [InlineData("I waited 12 weeks from 3rd March 2025")]
    [InlineData("The bus took 10 minutes walk from the stop")]
    [InlineData("It was 5 mins down the road")]
    [InlineData("Scored 12-10-08 across the three visits")]
    [InlineData("I have paid 12345678 times over")]
    [InlineData("The M25 2nd exit was shut")]
    [InlineData("We rang NHS 111 twice")]
    [InlineData("The A13 near Dock Road was shut")]
    [InlineData("On 01.02.2023 10 people came")]
    [InlineData("what sort of help, 123456 people asked")]
    [InlineData("Ticket 1234 5678 was lost in the post")]
    [InlineData("look at it dot by dot")]
    [InlineData("I got the letter dated 20.03.24 about my sort of care")]
    [InlineData("our no. 1 priority")]
    [InlineData("after the accident 12345678 was the claim")]
    [InlineData("a resort 200000 visitors like")]
    [InlineData("claim 12345678 dated 12-03-24")]
    [InlineData("the disc 123456 was scratched")]
    [InlineData("the NI team said 12 34 56 times")]
    [InlineData("NI: see page 12 34 56")]
    [InlineData("order 1234 5678 9012 3456 came late")]
    [InlineData("commit 16a6311adefff0139056714521214f845315b7f8")]
    public void Redact_LookAlikeNumbers_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Fact]
    public void Redact_FullWidthText_KeepsTheOriginalCharactersElsewhere()
    {
        var redacted = Redactor.Redact("Ｔｈａｎｋｓ: ｍａｒｙ＠example.com");

        Assert.Equal("Ｔｈａｎｋｓ: [email]", redacted);
    }
}
