using Microsoft.ML.Data;
using VoiceHub.Analysis.Themes;
using VoiceHub.Analysis.Training;
using VoiceHub.Core.Text;
using VoiceHub.TestCommon;

namespace VoiceHub.Analysis.Tests.Themes;

public sealed class QuestionKindsTests
{
    [Fact]
    public void Of_EveryWordingInTheSeedFile_GivesTheFilesQuestionType()
    {
        var records = CsvReader.Read(File.ReadAllText(Path.Combine(TestPaths.Seeds, "data", "patient-feedback-labelled.csv")));
        var header = records[0].Fields.ToList();
        int question = header.IndexOf("question"), type = header.IndexOf("question_type");
        var wordings = records.Skip(1).Select(r => (Question: r.Fields[question], Type: r.Fields[type])).Distinct().ToList();

        Assert.Equal(5, wordings.Count);
        Assert.Equal(3, wordings.Select(w => w.Type).Distinct().Count());
        Assert.All(wordings, w => Assert.Equal(w.Type, QuestionKinds.Of(w.Question).Code()));
    }

    [Theory]
    [InlineData("What could be better?", QuestionKind.CouldImprove)]
    [InlineData("Is there anything we should change?", QuestionKind.CouldImprove)]
    [InlineData("What was not good?", QuestionKind.CouldImprove)]
    [InlineData("What wasn’t good about your visit?", QuestionKind.CouldImprove)]
    [InlineData("What has worked well with your care and support?", QuestionKind.WhatGood)]
    [InlineData("What did you like best?", QuestionKind.WhatGood)]
    [InlineData("Tell us what you were satisfied and dissatisfied with", QuestionKind.Nonspecific)]
    [InlineData("Listening Space: home care in Grays", QuestionKind.Nonspecific)]
    [InlineData("Online feedback form", QuestionKind.Nonspecific)]
    [InlineData("", QuestionKind.Nonspecific)]
    [InlineData(null, QuestionKind.Nonspecific)]
    public void Of_Wording_GivesItsKind(string? question, QuestionKind kind) => Assert.Equal(kind, QuestionKinds.Of(question));

    [Fact]
    public void Read_FileWithoutAQuestionColumn_RowsAnswerNoParticularQuestion()
    {
        var path = Path.Combine(TestPaths.TempDirectory("voicehub-question"), "no-question.csv");
        File.WriteAllText(path, "id,text,labels,sentiment\n1,Nothing,Not assigned,1\n");

        var row = Assert.Single(LabelledData.Read(path));

        Assert.Null(row.Question);
        Assert.Equal(QuestionKind.Nonspecific, row.Kind);
    }

    [Fact]
    public void WriteThenRead_KeepsEachRowsQuestion()
    {
        LabelledRow[] rows =
        [
            new("1", "Nothing", ["Not assigned"], 1) { Question = "How could we improve?" },
            new("2", "Nothing", ["Not assigned"], 5) { Question = "What was good?" },
            new("3", "Kind staff", ["Staff manner & personal attributes"], 1),
        ];

        var read = LabelledData.Read(SeedData.WriteTemp(rows));

        Assert.Equal([QuestionKind.CouldImprove, QuestionKind.WhatGood, QuestionKind.Nonspecific], read.Select(r => r.Kind));
        Assert.Equal(rows.Select(r => r.Question), read.Select(r => r.Question));
    }

    [Fact]
    public void Append_CrossedWords_CopiesTheWordFeaturesIntoTheKindsBlockOnly()
    {
        // Features 0–2 are words, 3–4 characters.
        var words = new VBuffer<float>(5, 3, [0.5f, 0.25f, 0.75f], [1, 2, 4]);

        var joined = QuestionKinds.Append(words, QuestionKind.WhatGood, 2, crossedWords: 3);

        Assert.Equal(5 + 3 + 3 * 3, joined.Length);
        var dense = joined.DenseValues().ToArray();
        Assert.Equal([0, 0.5f, 0.25f, 0, 0.75f], dense[..5]);
        Assert.Equal([0, 0, 2f], dense[5..8]);
        Assert.Equal(new float[6], dense[8..14]);
        Assert.Equal([0, 1f, 0.5f], dense[14..17]);
    }
}
