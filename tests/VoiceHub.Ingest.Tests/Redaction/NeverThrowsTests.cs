using VoiceHub.Cli.Bench.Redaction;
using VoiceHub.Ingest.Redaction;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>
/// The redactor runs on every field of every upload: a rule that reads a token before the first or after the last
/// must not throw on any text. The rules are called through <see cref="Redactor.Find"/>, which has no safety net: the
/// product's <see cref="Redactor.Apply"/> fails closed when a rule throws (<see cref="Redactor.Withhold"/>), which would
/// hide the bug from these tests. Short pieces of real comments reach the edges where such rules look: each window of one
/// to five words from the first 40 of every seed comment, as written, in capitals, in lower case, in title case,
/// after a house number and in capitals after a dash.
/// </summary>
public sealed class NeverThrowsTests
{
    [Theory]
    [InlineData("14 Dock Road, Grays")] // a capitalised word after a number at the start: once threw in the run-on guard
    [InlineData("Dock")]
    [InlineData(",")]
    [InlineData("Sue,")]
    [InlineData("here")]
    [InlineData("Hi Sue here")]
    [InlineData("DOB")]
    [InlineData("born")]
    [InlineData("12/03/1951")]
    [InlineData("Re:")]
    [InlineData("thank you")]
    // Stop 20's rules read the words around a name: at the text's ends, with nothing beside them.
    [InlineData("& Sue")]
    [InlineData("Sue &")]
    [InlineData("Thank you\n")]
    [InlineData("Thank you\n& ")]
    [InlineData("REGARDS\nX")]
    [InlineData("Sue (")]
    [InlineData("Sue (carer")]
    [InlineData("(my")]
    [InlineData("waiting 4")]
    [InlineData("waiting 4 x")]
    [InlineData("waiting for x 2")]
    // Stop 23's rules read up to five words back and one on: at the text's ends.
    [InlineData("this is")]
    [InlineData("hello this is")]
    [InlineData("in the office tom")]
    [InlineData("office x")]
    [InlineData("SURNAME")]
    [InlineData("FIRST NAME")]
    [InlineData("Sue, DOB")]
    [InlineData("Sue (DOB")]
    [InlineData("Sue, 71, ")]
    [InlineData("Sue, 71,")]
    [InlineData("Sue, 999, was")]
    [InlineData("x is da")]
    [InlineData("thx 2 ")]
    [InlineData("Our")]
    [InlineData("Our Sue")]
    [InlineData("Mrs Macmillan")]
    [InlineData("Macmillan")]
    [InlineData("Bell's")]
    [InlineData("Bell's palsy")]
    [InlineData("my mum x ó")]
    [InlineData("SPOKEN TO ZZZZ")]
    [InlineData("14")] // a house number at the end: the street scan reads past it
    [InlineData("14 ")]
    [InlineData("Flat 3,")]
    [InlineData("flat 3\n")]
    [InlineData("I live at")]
    [InlineData("lives on ")]
    [InlineData("address:")]
    [InlineData("Rose Cottage")]
    [InlineData(" Cottage")]
    [InlineData("\n\n14 Dock\n")]
    // Stop 21's address rules read back from a flat or a house number to a building or a floor.
    [InlineData("(flat 3)")]
    [InlineData("House (flat 3")]
    [InlineData("floor, 14 Dock Road")]
    [InlineData("Floor Flat 2")]
    [InlineData(" floor flat 2")]
    [InlineData("1st floor")]
    [InlineData("Court flat 1")]
    [InlineData("-flat 1")]
    [InlineData("flat 2/")]
    [InlineData("flat 2 of")]
    [InlineData("lives at no")]
    [InlineData("lives at no 7")]
    [InlineData("I'm in")]
    [InlineData("we're in House")]
    [InlineData("Crown Court")]
    [InlineData("s/c 123456")]
    [InlineData("GB29")]
    [InlineData("room 12 at")]
    [InlineData("The Old ")]
    [InlineData("The Old A")]
    [InlineData("the Old X,")]
    [InlineData("Room 4, ")]
    [InlineData("Room 4 Bell House")]
    [InlineData("Room 4, Oak Wing")]
    [InlineData("Mum is at number")]
    [InlineData("Mum's at 1")]
    [InlineData("is at 14 ")]
    [InlineData("is at no 9")]
    [InlineData("No 14 D")]
    [InlineData("14 Dockside Grays")]
    [InlineData("Bell House 9")]
    [InlineData("The Barn")]
    [InlineData("A The Barn,")]
    [InlineData("Sea View,")]
    [InlineData("next door to 3")]
    [InlineData("reg")]
    [InlineData("reg ")]
    [InlineData("car AB12")]
    [InlineData("AB12 CD")]
    [InlineData("Enfys is")]
    [InlineData("Enfys is the only")]
    [InlineData("Enfys has been our")]
    [InlineData("Enfys said")]
    [InlineData("Enfys from the")]
    [InlineData("x. Enfys was mum's")]
    [InlineData("says Enfys")]
    [InlineData("waiting 4 vital")]
    [InlineData("waiting 4 vital to")]
    // Stop 21's rules read joining words, labels and the last comma: at the text's ends, with nothing beside them.
    [InlineData("al-Z")]
    [InlineData("al-")]
    [InlineData("Mrs de")]
    [InlineData("de Morwood")]
    [InlineData("Dr ap ap")]
    [InlineData("ap Morwood and")]
    [InlineData("carer wenonah was")]
    [InlineData("carer wenonah")]
    [InlineData(", thandeka")]
    [InlineData("soon,\n")]
    [InlineData("Present: Enfys,")]
    [InlineData("Present:")]
    [InlineData("Enfys, Thandeka")]
    [InlineData("A: Mbali the")]
    [InlineData("hiya its")]
    [InlineData("its thandeka")]
    [InlineData("Morning")]
    [InlineData("and Tek Bahadur")]
    [InlineData("in Florence")]
    [InlineData("Oyelaran")]
    [InlineData("[09:14] Oyelaran:")]
    [InlineData("] Oyelaran")]
    [InlineData("Mon Oyelaran")]
    [InlineData("Mon Oyelaran /")]
    [InlineData("spoke 2 ")]
    [InlineData("spoke 2 oyelaran")]
    [InlineData("ŽANETA asked")]
    [InlineData("- ŽANETA")]
    [InlineData("To Cecily, Oyelaran and")]
    [InlineData("To Cecily, Oyelaran and the")]
    [InlineData("Gurinder ji")]
    [InlineData("acc")]
    [InlineData("sort")]
    [InlineData("12345678 ")]
    [InlineData("12345678 1")]
    [InlineData(" 12-34-56")]
    [InlineData("address is")]
    [InlineData("flat 1 A house")]
    [InlineData("Flat 9 B house")]
    [InlineData("- ABC def")] // a capitalised run after a dash at the start: read the word before the first (stop 21)
    [InlineData("- PGX decoder")]
    [InlineData("call 07700 900123 \ud800 now")] // a lone surrogate
    [InlineData("ring \uFFFE 07700 900123")] // a reversed byte-order mark, which .NET will not normalise (stop 21)
    [InlineData("ring \uFFFF 07700 900123 \u0378")] // a non-character and an unassigned code point
    [InlineData("@")] // stop 22: layouts read at the text's edges (an @ alone, a writer's colon last, a split word last)
    [InlineData("@Ab")]
    [InlineData("Ab:")]
    [InlineData("Ab: ")]
    [InlineData(": Ab: c")]
    [InlineData("Nam e")]
    [InlineData("To Ab")]
    [InlineData("Ab –")]
    [InlineData("Ab – driver")]
    [InlineData("\"Ab\"")]
    [InlineData("'little Ab'")]
    [InlineData("Ab's son")]
    [InlineData("Mon -")]
    [InlineData("Ab at the")]
    [InlineData("car (")] // a cue and a bracket at the end (stop 22)
    [InlineData("reg AB12 CDE,")]
    [InlineData("AB12 CDE and")]
    [InlineData("AB12 CDE\n-")]
    [InlineData("x at y.")]
    [InlineData(" at a.b")]
    [InlineData("a -at- b")]
    [InlineData("a@@b..c")]
    [InlineData("a.\n@b.c")]
    [InlineData("x@y\nz")]
    [InlineData("NI")]
    [InlineData("national insurance ")]
    [InlineData("4111 1111 1111 111")]
    // Stop 24's address rules read a letter after a number, a scheme before a flat, "The" after it and a direction after a street.
    [InlineData("22 b")]
    [InlineData("22 b ")]
    [InlineData("7 a Mill")]
    [InlineData("extra care, flat 2")]
    [InlineData(" extra care, flat 2")]
    [InlineData("House extra care, flat 2")]
    [InlineData("Flat 3, The")]
    [InlineData("Flat 3, The ")]
    [InlineData("Flat 3, The Maltings")]
    [InlineData("14 Dock Road North")]
    [InlineData("14 Dock Road ")]
    [InlineData("Flat Two")]
    [InlineData("flat two,")]
    [InlineData("pitch 4")]
    [InlineData("-plot 4")]
    [InlineData("a tenant at")]
    [InlineData("14 dock raod")]
    [InlineData("Ana <")]
    [InlineData("Ana Vlad <a@")]
    [InlineData("Ana 3 reviews")]
    [InlineData("Ana 3")]
    [InlineData("Mr Le")]
    [InlineData("Anas been")]
    [InlineData("Anas")]
    [InlineData("Ana (carer")]
    [InlineData("Ana (")]
    [InlineData("12:00 - A:")]
    [InlineData("- Ana:")]
    [InlineData("hear from")]
    [InlineData("from Ana")]
    [InlineData("| Adult:")]
    [InlineData("'Client:")]
    [InlineData("Present: Ana")]
    [InlineData("Ana ->")]
    [InlineData("-> Ana")]
    [InlineData("from Ana:")]
    [InlineData("to Ana")]
    [InlineData("NINO:")]
    [InlineData("NINO")]
    [InlineData("Reg 1")]
    [InlineData("SMITH, Ana")]
    [InlineData("Smith, Ana (")]
    [InlineData("Anas office")]
    [InlineData("Anas mum")]
    [InlineData("Text im ana")]
    [InlineData("Text i am")]
    [InlineData("Text ana the")]
    [InlineData("Text ask for will")]
    [InlineData("Text thanks to walker and")]
    [InlineData("came with")]
    [InlineData("take back to")]
    [InlineData("ring")]
    [InlineData("Good. ring x on")]
    [InlineData("Good. ring ana on +")]
    [InlineData("Good. ring ana joly on (")]
    [InlineData("ANA!!!")]
    [InlineData("Good. Ana, thank")]
    [InlineData("Handover from")]
    [InlineData("Note from Ana to")]
    [InlineData("Fwd: from Ana -")]
    [InlineData("Ana from next")]
    [InlineData("Good. From Ana")]
    [InlineData("Good. Ana, Bo -")]
    [InlineData("Good. bin Ana, Bo - x")]
    [InlineData("J. Ó")]
    [InlineData("Ó hA hAod")]
    [InlineData("Ana Bo. Ana Ana Bo")]
    // Stop 27's rules at the text's edges: an email's "@" first or last, a label's colon, a clock time, "Ó" alone.
    [InlineData("@Anab")]
    [InlineData("Anab@")]
    [InlineData("x＠y Anab")]
    [InlineData("Anab x@")]
    [InlineData("a: Anab")]
    [InlineData("a: Anab Bozo")]
    [InlineData("07:30 Anab")]
    [InlineData(":30 Anab /")]
    [InlineData("Ó Anab")]
    [InlineData("Anab Ó")]
    [InlineData(" Ó [name]")]
    [InlineData("Thanks again, Anab")]
    [InlineData("again, Anab")]
    [InlineData("; Anab to")]
    [InlineData("Anab and her")]
    [InlineData("on behalf of")]
    [InlineData("Visited")]
    [InlineData("Thursdays")]
    [InlineData("Mrs Thursday")]
    public void Find_EdgeTexts_DoesNotThrow(string text) => Assert.NotNull(Redactor.Find(text));

    [Fact]
    public void Find_EveryShortWindowOfTheSeedComments_DoesNotThrow()
    {
        var comments = PlantedSources.Load(TestPaths.Seeds).Comments;
        var failures = new List<string>();
        var tried = 0;
        var failed = 0;
        foreach (var comment in comments)
        {
            var words = comment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < Math.Min(words.Length, 40); start++)
            for (var length = 1; length <= 5 && start + length <= words.Length; length++)
            {
                var piece = string.Join(' ', words, start, length);
                foreach (var text in new[] { piece, piece.ToUpperInvariant(), piece.ToLowerInvariant(), TitleCase(piece), "14 " + TitleCase(piece), "- " + piece.ToUpperInvariant() })
                {
                    tried++;
                    try { Redactor.Find(text); }
                    catch (Exception e)
                    {
                        failed++;
                        if (failures.Count < 10) failures.Add($"{e.GetType().Name} at {e.StackTrace?.Split('\n')[0].Trim()} on \"{text}\"");
                    }
                }
            }
        }
        Assert.True(tried > 500_000, $"only {tried} texts tried");
        Assert.True(failed == 0, $"{failed} of {tried} texts threw, e.g.\n" + string.Join("\n", failures));
    }

    // "dock road, grays" → "Dock Road, Grays": as addresses and sign-offs are written.
    private static string TitleCase(string piece) =>
        string.Join(' ', piece.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    [Fact]
    public void Withhold_WhenTheRedactorFails_LeavesNoCapitalisedWordNorDigitsAndCountsThemUncertain()
    {
        var result = Redactor.Withhold("my daughter Sarah rang 07700 900123, email sarah.k@example.com, from Grays");

        Assert.Equal("my daughter [name] rang [withheld] [withheld], email [withheld], from [name]", result.Text);
        Assert.Equal(2, result.Counts[Redactor.Name]);
        Assert.Equal(3, result.Counts[Redactor.Withheld]);
        Assert.Equal(5, result.Uncertain);
    }
}
