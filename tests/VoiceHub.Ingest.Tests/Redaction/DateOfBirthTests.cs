using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// Dates of birth the ways people write them to a council (forms, letters, texts), and the dates that must stay:
/// appointments, "since", "on 3rd May", months and weekdays.
/// </summary>
public sealed class DateOfBirthTests
{
    [Theory]
    // The cues.
    [InlineData("DOB: 12.03.1951", "DOB: [date of birth]")]
    [InlineData("D.O.B. 12/03/1951", "D.O.B. [date of birth]")]
    [InlineData("d.o.b 12-3-1951", "d.o.b [date of birth]")]
    [InlineData("DoB: 12 03 1951", "DoB: [date of birth]")]
    [InlineData("DOB-12/03/1951", "DOB-[date of birth]")]
    [InlineData("DOB=12.03.51", "DOB=[date of birth]")]
    [InlineData("dob:12/3/51", "dob:[date of birth]")]
    [InlineData("DOB12/03/1951", "DOB[date of birth]")]
    [InlineData("DOB - 12 / 03 / 1951", "DOB - [date of birth]")]
    [InlineData("DOB 12031951", "DOB [date of birth]")]
    [InlineData("Mum (dob 12/03/1940) needs help", "Mum (dob [date of birth]) needs help")]
    [InlineData("Date of birth (dd/mm/yyyy): 12/03/1951", "Date of birth (dd/mm/yyyy): [date of birth]")]
    [InlineData("date of birth for my dad is 12/3/40", "date of birth for my dad is [date of birth]")]
    [InlineData("birth date 1951-03-12", "birth date [date of birth]")]
    [InlineData("aged 84, born 12/3/40", "aged 84, born [date of birth]")]
    [InlineData("born on the 12th of March 1951", "born on the [date of birth]")]
    [InlineData("She was born on 12th March, 1951 in Tilbury", "She was born on [date of birth] in Tilbury")]
    [InlineData("born at Orsett Hospital on 12 March 1951", "born at Orsett Hospital on [date of birth]")]
    [InlineData("my husband b.12/3/40 has dementia", "my husband b.[date of birth] has dementia")]
    [InlineData("her birthday is 3rd May", "her birthday is [date of birth]")]
    [InlineData("DOB: Tues 12th March 1951", "DOB: Tues [date of birth]")]
    // The shapes.
    [InlineData("date of birth 12th March 1951", "date of birth [date of birth]")]
    [InlineData("Date of Birth: 12 Mar 51", "Date of Birth: [date of birth]")]
    [InlineData("born on March 12th 1951", "born on [date of birth]")]
    [InlineData("born on March 12, 1951", "born on [date of birth]")]
    [InlineData("born 1951-03-12", "born [date of birth]")]
    [InlineData("born on the 12th day of March 1951", "born on the [date of birth]")]
    [InlineData("date of birth: the twelfth of March 1951", "date of birth: the [date of birth]")]
    [InlineData("born on the twenty-first of June 1948", "born on the [date of birth]")]
    [InlineData("Year of birth: 1951", "Year of birth: [date of birth]")]
    [InlineData("dob 12-MAR-1951", "dob [date of birth]")]
    [InlineData("my dads dob is 12th march 51", "my dads dob is [date of birth]")]
    [InlineData("DATE OF BIRTH 12TH MARCH 1951", "DATE OF BIRTH [date of birth]")]
    [InlineData("MY MUMS DOB IS 12/03/1940", "MY MUMS DOB IS [date of birth]")]
    [InlineData("born March 1951", "born [date of birth]")]
    // A year alone, after a cue only: with the rest of a comment a year of birth narrows a person down.
    [InlineData("my dad was born in 1951", "my dad was born in [date of birth]")]
    [InlineData("my dad (born 1940) can't walk", "my dad (born [date of birth]) can't walk")]
    [InlineData("(b. 1951)", "(b. [date of birth])")]
    [InlineData("Mum was born in Ireland in 1938 and came here in 1960", "Mum was born in Ireland in [date of birth] and came here in 1960")]
    // The cue after the date.
    [InlineData("12th March 1951 - my date of birth", "[date of birth] - my date of birth")]
    [InlineData("12/03/1951 (DOB)", "[date of birth] (DOB)")]
    [InlineData("12/03/1951 was the day she was born", "[date of birth] was the day she was born")]
    // No cue: a whole date making someone 18–110, right after a person or beside an age.
    [InlineData("Mr Jones (12/03/1940) was left alone", "Mr [name] ([date of birth]) was left alone")]
    [InlineData("Mary Smith, 12.03.1951, lives alone", "[name], [date of birth], lives alone")]
    [InlineData("Mum (12/03/1940) is 84", "Mum ([date of birth]) is 84")]
    [InlineData("Dad, 12/03/1938, lives alone", "Dad, [date of birth], lives alone")]
    [InlineData("12/03/1940 (84) lives in Grays", "[date of birth] (84) lives in Grays")]
    [InlineData("Am 92 - 5.9.1930 Disabled.", "Am 92 - [date of birth] Disabled.")]
    [InlineData("Mr Jones, 84, (12/03/1940) lives alone", "Mr [name], 84, ([date of birth]) lives alone")]
    public void Redact_DateOfBirth_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    // Written from how people, forms, OCR, speech-to-text and system exports write a date of birth (stop 25).
    [Theory]
    // OCR reads the O of "DOB" as a zero.
    [InlineData("D0B: 03/04/1951", "D0B: [date of birth]")]
    [InlineData("D.0.B. 03/04/1951", "D.0.B. [date of birth]")]
    // OCR reads a zero as O and a one as l or I inside the date.
    [InlineData("DOB: 03/O4/l951", "DOB: [date of birth]")]
    [InlineData("Date of birth: 3/4/I951", "Date of birth: [date of birth]")]
    // A sentence leading to a whole adult's date.
    [InlineData("The date of birth we have for Mum is wrong, it should be 03/04/1940", "The date of birth we have for Mum is wrong, it should be [date of birth]")]
    // System exports: field names and year-first compact dates.
    [InlineData("date_of_birth: 1951-04-03", "date_of_birth: [date of birth]")]
    [InlineData("birth_date,1951-04-03", "birth_date,[date of birth]")]
    [InlineData("date-of-birth 03/04/1951", "date-of-birth [date of birth]")]
    [InlineData("DOB 19510403", "DOB [date of birth]")]
    [InlineData("DOB 1951 04 03", "DOB [date of birth]")]
    // A lone "Birth:" label, and a question answered.
    [InlineData("Birth: 03/04/1951", "Birth: [date of birth]")]
    [InlineData("dob? 03/04/1951", "dob? [date of birth]")]
    [InlineData("when was she born? 3/4/51", "when was she born? [date of birth]")]
    [InlineData("What is your date of birth?\n03/04/1951", "What is your date of birth?\n[date of birth]")]
    // A long form label.
    [InlineData("Date of birth of the person this feedback is about (if known): 03/04/1951", "Date of birth of the person this feedback is about (if known): [date of birth]")]
    // A month with no space before the year or day.
    [InlineData("DOB 3April1951", "DOB [date of birth]")]
    [InlineData("DOB 03APR1951", "DOB [date of birth]")]
    [InlineData("DOB Apr-03-1951", "DOB [date of birth]")]
    [InlineData("DOB APR/03/1951", "DOB [date of birth]")]
    // Speech-to-text: ordinals and years in words, the month first.
    [InlineData("date of birth is the third of april nineteen fifty one", "date of birth is the [date of birth]")]
    [InlineData("born on the 3rd of April nineteen fifty one", "born on the [date of birth]")]
    [InlineData("DOB 3rd April, nineteen fifty-one", "DOB [date of birth]")]
    [InlineData("DOB April the third nineteen fifty one", "DOB [date of birth]")]
    [InlineData("born april the third 1951", "born [date of birth]")]
    [InlineData("born on the 3rd of april in 1951", "born on the [date of birth]")]
    // Several dates after one cue.
    [InlineData("DOBs: 03/04/1940, 05/06/1938", "DOBs: [date of birth], [date of birth]")]
    [InlineData("My parents, DOB 03/04/1940 and 05/06/1938, both need care", "My parents, DOB [date of birth] and [date of birth], both need care")]
    [InlineData("Mum and Dad's dates of birth are 03/04/1940 and 05/06/1938", "Mum and Dad's dates of birth are [date of birth] and [date of birth]")]
    // The cue after the date, in a sentence.
    [InlineData("On 3 April 1951 I was born", "On [date of birth] I was born")]
    [InlineData("3rd April 1951 she was born", "[date of birth] she was born")]
    // A person before, in lower case or on the line above, or an age in "Age/DOB".
    [InlineData("joan smith 03/04/1940", "[name] [date of birth]")]
    [InlineData("Joan Smith\n03/04/1951", "[name]\n[date of birth]")]
    [InlineData("Age/DOB: 73, 03/04/1951", "Age/DOB: 73, [date of birth]")]
    [InlineData("Name,DOB,Area\nJoan Smith,03/04/1951,Grays", "Name,DOB,Area\n[name],[date of birth],Grays")]
    public void Redact_DateOfBirthFromGeneralKnowledge_IsRemoved(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Theory]
    [InlineData("My appointment was on 12/03/2024 at 10:30")]
    [InlineData("since 12/03/2024 nobody came")]
    [InlineData("on 3rd May the carer was late")]
    [InlineData("In March and on Tuesdays")]
    [InlineData("Since 12/03/1998 my mum has lived here")]
    [InlineData("On Monday 12/03/1990 we moved")]
    [InlineData("Orsett Hospital 12/03/1990")]
    [InlineData("NHS 12/03/1990")]
    [InlineData("Grays 12/03/1951")]
    [InlineData("born in the 1950s")]
    [InlineData("born 3 weeks early")]
    [InlineData("since my baby was born in October. 2 home visits")]
    [InlineData("born in Grays and moved here on 12/03/1990")]
    [InlineData("he was born with a heart defect and since 12/03/2020 has been ill")]
    [InlineData("her 90th birthday in 2024 was lovely")]
    [InlineData("I was 12 in 1951")]
    [InlineData("The Care Act came in April 2015")]
    [InlineData("we waited from 12th March to 3rd May")]
    [InlineData("It took 24/7 care")]
    [InlineData("visit at 9.30 on 12.3")]
    [InlineData("The 2019/20 budget")]
    [InlineData("Plan b. 2024 budget")]
    [InlineData("Version 1.2.2020")]
    [InlineData("Room 12, 12/03/2024 at 10:30")]
    [InlineData("born and bred here; on the first of March the carer came")]
    [InlineData("since birth, 12 visits a year")]
    [InlineData("birth certificate 2024")]
    [InlineData("Tuesday 3rd April")]
    [InlineData("the 3rd April meeting")]
    [InlineData("Dad died on 3rd April 1999")]
    [InlineData("Next review date: 03/04/2025")]
    [InlineData("signed 03/04/2025")]
    [InlineData("dob them in")]
    [InlineData("DOB: I'll call 0800 1O1")]
    public void Redact_OtherDates_Survive(string input) =>
        Assert.Equal(input, Redactor.Redact(input));

    [Theory]
    [InlineData("DOB 03/04/1951, 10.30 appointment", "DOB [date of birth], 10.30 appointment")]
    [InlineData("DOB 03/04/1951, seen 12/05/2024", "DOB [date of birth], seen 12/05/2024")]
    [InlineData("Mum, DOB 3/4/1940, was seen on 03/04/2025", "Mum, DOB [date of birth], was seen on 03/04/2025")]
    [InlineData("born 03/04/1951, died 05/06/2020", "born [date of birth], died 05/06/2020")]
    public void Redact_OtherDateAfterADateOfBirth_Survives(string input, string expected) =>
        Assert.Equal(expected, Redactor.Redact(input));

    [Fact]
    public void Redact_DateBeforeAnotherDatesCue_KeepsTheFirst()
    {
        Assert.Equal("appointment 12/03/2024, DOB [date of birth]", Redactor.Redact("appointment 12/03/2024, DOB 01/02/1950"));
    }

    [Fact]
    public void Redact_DateBesideAPersonThatCannotBeABirth_Survives()
    {
        var year = DateTime.UtcNow.Year;
        // A person seen on a date this year: not that person's birth date.
        var seen = $"Dr Patel (12/03/{year}) said";
        // A two-digit year that could be a child's (2015) or a centenarian's (1915) is no evidence without a cue.
        var child = $"Mrs Smith 12/03/{(year - 10) % 100:00} visited";

        Assert.Equal(seen.Replace("Patel", "[name]", StringComparison.Ordinal), Redactor.Redact(seen));
        Assert.Equal(child.Replace("Smith", "[name]", StringComparison.Ordinal), Redactor.Redact(child));
    }
}
