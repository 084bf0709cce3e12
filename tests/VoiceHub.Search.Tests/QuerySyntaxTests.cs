using VoiceHub.Search.Queries;

namespace VoiceHub.Search.Tests;

public sealed class QuerySyntaxTests
{
    private static string Read(string typed)
    {
        var q = QuerySyntax.Parse(typed);
        var groups = q.Groups.Select(g => (g.Excluded ? "-" : "") + string.Join("|", g.AnyOf.Select(t => t.Kind switch
        {
            TypedQuery.TermKind.Phrase => $"\"{t.Text}\"",
            TypedQuery.TermKind.Prefix => t.Text + "*",
            _ => t.Text,
        }).Select((s, i) => (g.AnyOf[i].Field is { } f ? f + ":" : "") + s)));
        return (q.Rewritten ? "plain " : "") + (q.Everything ? "everything" : string.Join(" ", groups));
    }

    [Theory]
    [InlineData("staff ward", "staff ward")]
    [InlineData("a b OR c -d", "a b|c -d")]
    [InlineData("\"day centre\" care*", "\"day centre\" care*")]
    [InlineData("theme:transport locality:\"south ockendon\"", "theme:transport locality:\"south ockendon\"")]
    [InlineData("-theme:parking staff", "-theme:parking staff")]
    [InlineData("carer NOT respite AND home", "carer -respite home")]
    [InlineData("*", "everything")]
    [InlineData("foo:bar", "foo bar")]
    [InlineData("\"unclosed phrase", "plain unclosed phrase")]
    [InlineData("staff OR", "plain staff OR")]
    [InlineData("- staff", "plain staff")]
    [InlineData("*ing", "plain ing")]
    [InlineData("a OR -b", "plain a OR b")]
    public void Parse_ReadsAsPeopleMeanIt(string typed, string expected) => Assert.Equal(expected, Read(typed));
}
