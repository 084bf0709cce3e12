using VoiceHub.Ingest.Redaction;

namespace VoiceHub.Ingest.Tests.Redaction;

/// <summary>The learned name tagger: its weights load, training is deterministic, and it adds names the rules leave without taking look-alikes.</summary>
public sealed class NameTaggerTests
{
    [Fact]
    public void Current_EmbeddedWeights_Load()
    {
        var tagger = NameTagger.Current;

        Assert.NotNull(tagger);
        Assert.True(tagger.Features > 1000, $"{tagger.Features} weights");
        Assert.True(tagger.Threshold > 0);
        Assert.Contains(tagger.Header, l => l.Contains("held13 (never held14", StringComparison.Ordinal));
    }

    [Fact]
    public void Train_SameExamplesTwice_WritesTheSameWeights()
    {
        var first = Train();
        var second = Train();

        Assert.Equal(first, second);
        var tagger = NameTagger.Read(new StringReader(first));
        Assert.True(tagger.Features > 10, $"{tagger.Features} weights");
        Assert.Equal(3f, tagger.Threshold);
    }

    [Theory]
    [InlineData("one carer is very good but the other one GORMLAITH does not wash her hands", "GORMLAITH")]
    [InlineData("one carer is very good but the other one GUNNHILD does not wash her hands", "GUNNHILD")]
    [InlineData("one carer is very good but the other one MARSAILI does not wash her hands", "MARSAILI")]
    public void Tag_NameTheRulesLeave_TakesIt(string text, string name)
    {
        var spans = NameTagger.Current!.Tag(text);

        var span = Assert.Single(spans);
        Assert.Equal(name, text.Substring(span.Start, span.Length));
        Assert.Equal(Redactor.Name, span.Placeholder);
        Assert.True(span.Uncertain);
    }

    [Theory]
    [InlineData("Inshallah they will sort it this time")]
    [InlineData("Barthel score done on the ward")]
    [InlineData("We had help from Sue Ryder at the end.")]
    [InlineData("Interpreter via Language Line (Tigrinya).")]
    [InlineData("I have been to ill to walk to Marlow House myself")]
    [InlineData("Luckily she survived.")]
    [InlineData("We walked to Clifton Lane.")]
    [InlineData("Our dog Biscuit keeps me going.")]
    [InlineData("Hope you can help. Will call again in May.")]
    [InlineData("The Bill came to £40.")]
    [InlineData("Nurse practitioners are great.")]
    [InlineData("Grays and Tilbury are far.")]
    [InlineData("As an ex SRN and midwife I know the ward.")]
    [InlineData("Dealt with quickly and politelyTaken seriously")]
    [InlineData("I go to Corbridge Eye Hospital but cannot drive.")]
    public void Tag_LookAlike_TakesNothing(string text)
    {
        Assert.Empty(NameTagger.Current!.Tag(text));
    }

    [Fact]
    public void Apply_NameOnlyTheTaggerTakes_IsRedactedAndUncertain()
    {
        var result = Redactor.Apply("one carer is very good but the other one MARSAILI does not wash her hands");

        Assert.Equal("one carer is very good but the other one [name] does not wash her hands", result.Text);
        Assert.True(result.Uncertain >= 1);
    }

    [Fact]
    public void Read_LineWithoutWeight_Throws()
    {
        Assert.Throws<FormatException>(() => NameTagger.Read(new StringReader("threshold 2\nshape=xx\n")));
    }

    private static string Train()
    {
        var training = new NameTaggerTraining();
        string[] names = ["Oighrig", "Tegwen", "Marsaili", "Ffion"];
        foreach (var name in names)
        {
            var text = $"My daughter {name} visits on Fridays. The Bill came to £40 and Hope helps.";
            training.Add(text, [(text.IndexOf(name, StringComparison.Ordinal), name.Length)], []);
        }
        using var writer = new StringWriter();
        training.Train(epochs: 3, seed: 1, threshold: 3, minCount: 1, negativeCost: 2, bags: 2, ["test"], writer);
        return writer.ToString();
    }
}
