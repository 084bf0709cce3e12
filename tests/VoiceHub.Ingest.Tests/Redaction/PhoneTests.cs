using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// Stop 28: phone numbers the ways people write them outside an office: in words from a voicemail transcript, with a
/// letter typed for a digit, from abroad, beside a label, with an extension, broken over a line. And what must survive.
/// </summary>
public sealed class PhoneTests
{
    [Theory]
    // In words, as a transcript writes what a caller said.
    [InlineData("hi its me can you ring me back on oh seven seven double oh nine hundred one two three thanks bye",
        "hi its me can you ring me back on [phone] thanks bye")]
    [InlineData("my number is zero seven seven zero zero, nine zero zero, one two three.", "my number is [phone].")]
    [InlineData("call the office on oh one three seven five, triple five, oh one two", "call the office on [phone]")]
    [InlineData("Voicemail from her son: ring oh seven nine one one, double two, three four, double five six.",
        "Voicemail from her son: ring [phone].")]
    [InlineData("it's oh 7700 nine double oh one two three", "it's [phone]")]
    [InlineData("her number is oh seven seven double oh, nine hundred, twenty three", "her number is [phone]")]
    [InlineData("ring plus four four seven seven double oh nine double oh one two three", "ring [phone]")]
    [InlineData("her brother in Poland, plus four eight five one two three four five six seven eight", "her brother in Poland, [phone]")]
    [InlineData("my number is five one two, three four five, six seven eight", "my number is [phone]")]
    // A letter typed for a digit.
    [InlineData("my number is O77OO 9OO123 thanks", "my number is [phone] thanks")]
    [InlineData("tel 0l375 652000", "tel [phone]")]
    // From abroad, with +, 00 or a cue.
    [InlineData("her son in Poland is on +48 512 345 678", "her son in Poland is on [phone]")]
    [InlineData("daughter (Romania) 0040 712 345 678", "daughter (Romania) [phone]")]
    [InlineData("his sister in Lagos +234 803 123 4567 will help", "his sister in Lagos [phone] will help")]
    [InlineData("brother in Ireland 00353 87 123 4567", "brother in Ireland [phone]")]
    [InlineData("Tel:+370 612 34567", "Tel:[phone]")]
    [InlineData("please ring my cousin in Lithuania on 8 612 34567", "please ring my cousin in Lithuania on [phone]")]
    [InlineData("her son in Karachi 0300 1234567", "her son in Karachi [phone]")]
    [InlineData("my daughter in India 98765 43210 (whatsapp)", "my daughter in India [phone] (whatsapp)")]
    [InlineData("ring her on 512 345 678 after six", "ring her on [phone] after six")]
    // Labels stay outside the span; an extension goes with its number.
    [InlineData("ring her on 07700 900123 (mob) or 01375 652000 (home)", "ring her on [phone] (mob) or [phone] (home)")]
    [InlineData("h: 01375 652000 w: 01375 111222", "h: [phone] w: [phone]")]
    [InlineData("mob - 07700 900123", "mob - [phone]")]
    [InlineData("landline 01375652000", "landline [phone]")]
    [InlineData("the duty team 01375 652000 ext 4410 never answer", "the duty team [phone] never answer")]
    [InlineData("ring 01375 652000 x221 and ask", "ring [phone] and ask")]
    [InlineData("01375 652000, ext. 4410", "[phone]")]
    // Broken over a line, or with a word processor's dash.
    [InlineData("please ring me on 07700\n900123 after six", "please ring me on [phone] after six")]
    [InlineData("ring 07700–900123", "ring [phone]")]
    public void Redact_PhonesAsPeopleWriteThem_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    // Numbers in words in ordinary feedback.
    [InlineData("they come seven days a week, one or two carers, three times a day")]
    [InlineData("it cost nine hundred pounds and took two or three weeks")]
    [InlineData("he said oh, one two three, just like that")]
    [InlineData("we counted zero one two three four five six seven eight nine with him")]
    [InlineData("a double room, triple checked, two hundred and fifty a week")]
    [InlineData("plus four carers on top of the nine we had")]
    // Digit runs that are not phones.
    [InlineData("Invoice number 123456789 was paid")]
    [InlineData("please call about invoice 123456789 again")]
    [InlineData("ring the office about order 123456789")]
    [InlineData("Order 00123456789 came late")]
    [InlineData("on 20/11/2024 1234567890 was on the letter")]
    [InlineData("call ref 12 March 2024 10:30")]
    [InlineData("we paid £1 234 567 890 over the years")]
    [InlineData("Hello l0l and OK 10")]
    // From the real-text check: a package version with a dated snapshot in it.
    [InlineData("llvm-toolchain-snapshot (1:10~+20191229111838+6991d5728f1-1~exp1) experimental; urgency=medium")]
    public void Redact_PhoneLookAlikes_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));
}
