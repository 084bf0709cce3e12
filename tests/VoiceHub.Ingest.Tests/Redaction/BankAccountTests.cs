using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// Stop 28, held14 read: an account number's eight digits as people group them after a cue or beside a sort code (issue 14),
/// in pairs or fours, with spaces, dashes or dots, and a sort code spaced round its dashes; and the numbers beside such cues that
/// must stay.
/// </summary>
public sealed class BankAccountTests
{
    [Theory]
    [InlineData("Please refund it to my account, acc no 41 22 90 17, s/c 20-41-77.", "Please refund it to my account, acc no [bank details], s/c [bank details].")]
    [InlineData("My account number is 41-22-90-17 and the sort code is 20 41 77.", "My account number is [bank details] and the sort code is [bank details].")]
    [InlineData("acct no. 4122-9017, sort code 20.41.77", "acct no. [bank details], sort code [bank details]")]
    [InlineData("Sort code: 20-41-77 Account number: 12 34 56 78", "Sort code: [bank details] Account number: [bank details]")]
    [InlineData("paid by BACS to 41 22 90 17 20-41-77 last week", "paid by BACS to [bank details] [bank details] last week")]
    [InlineData("sort code 20.41.77 acc no 41.22.90.17", "sort code [bank details] acc no [bank details]")]
    [InlineData("Her sort code is 20 - 41 - 77 and account 41229017.", "Her sort code is [bank details] and account [bank details].")]
    public void Redact_AccountNumbersAsPeopleGroupThem_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("Account reference 1234-5678-9012 on the letter.")]
    [InlineData("My bank statements for 2021-2022 show the charges.")]
    [InlineData("The accounts team said 2019 2020 was the worst year.")]
    public void Redact_NumbersBesideBankWords_Stay(string input) =>
        Assert.Equal(input, Redactor.Redact(input));
}
