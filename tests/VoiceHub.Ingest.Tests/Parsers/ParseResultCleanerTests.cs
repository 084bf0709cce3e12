using VoiceHub.Ingest.Parsers;

namespace VoiceHub.Ingest.Tests.Parsers;

public sealed class ParseResultCleanerTests
{
    [Fact]
    public void Clean_NulAndControlCharacters_AreRemovedEverywhere_AndAnItemLeftBlankIsDropped()
    {
        ParsedItem Item(string text, int row) => new() { Text = text, IdentityKey = $"k{row}", RowNo = row, Context = "Q\0uestion", Metadata = new() { ["k\0"] = "v\u0007" } };
        var result = new ParseResult
        {
            Items = [Item("Good\0 care", 1), Item("\0\0\u0001", 2), Item("The lift\u0008 is broken", 3)],
            Warnings = ["Row 2\0: odd"],
            DraftActions = [new ParsedDraftAction("You\0 said", "We\0 will", [0, 1, 2], "d")],
            DocumentLocality = "Gr\0ays",
        };

        var clean = ParseResultCleaner.Clean(result);

        Assert.Equal(["Good care", "The lift is broken"], clean.Items.Select(i => i.Text));
        Assert.All(clean.Items, i => Assert.Equal("Question", i.Context));
        Assert.All(clean.Items, i => Assert.Equal("v", i.Metadata["k"]));
        Assert.Equal(["Row 2: odd"], clean.Warnings);
        Assert.Equal("You said", clean.DraftActions[0].YouSaid);
        Assert.Equal([0, 1], clean.DraftActions[0].ItemIndexes);
        Assert.Equal("Grays", clean.DocumentLocality);
    }
}
