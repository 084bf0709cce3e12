using System.Text;
using CsCheck;
using VoiceHub.Ingest.Parsers;
using VoiceHub.TestCommon;

namespace VoiceHub.Ingest.Tests.Hostile;

/// <summary>
/// Generated input through every parser, by way of <see cref="DocumentParsers"/> as the parsing process calls it: random
/// bytes under every accepted file type, the sample files damaged at random, and CSV text built from the characters
/// that trouble parsers. Every case must come back within a time limit with items or a reason naming the file, and
/// never throw. Iterations are modest so the suite stays fast; CsCheck prints the seed of any failure to replay it.
/// </summary>
public sealed class ParserFuzzTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private static readonly IReadOnlyDictionary<string, string[]> NoMappings = new Dictionary<string, string[]>();

    /// <summary>Every channel with every file type it accepts.</summary>
    private static readonly (string Channel, string Extension)[] Kinds =
    [
        ("survey", ".csv"), ("survey", ".xlsx"), ("talking-shop", ".tsv"), ("talking-shop", ".xlsx"),
        ("listening-space", ".docx"), ("listening-space", ".md"), ("vcs-report", ".docx"), ("vcs-report", ".pdf"),
        ("online-form", ".json"), ("api", ".json"),
    ];

    private static readonly (string Sample, string Channel)[] Samples =
    [
        ("survey.csv", "survey"), ("survey-microsoft-forms.xlsx", "survey"), ("talking-shop.xlsx", "talking-shop"),
        ("listening-space.docx", "listening-space"), ("listening-space.md", "listening-space"),
        ("vcs-report.pdf", "vcs-report"), ("vcs-report.docx", "vcs-report"),
    ];

    [Fact]
    public void Parse_RandomBytes_UnderEveryFileType_ReadsOrRefusesClearly()
    {
        Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Byte.Array[0, 4096])
            .Sample((kind, bytes) => AssertReadsOrRefuses(Kinds[kind].Channel, "random" + Kinds[kind].Extension, bytes),
                iter: 150, threads: 1);
    }

    [Fact]
    public void Parse_DamagedSamples_ReadOrRefuseClearly()
    {
        var samples = Samples.Select(s => (s.Sample, s.Channel, Bytes: File.ReadAllBytes(TestPaths.Sample(s.Sample)))).ToArray();
        // A damage: cut the file short, overwrite a run of bytes, or insert random bytes, somewhere in it.
        var damage = Gen.Select(Gen.Int[0, 2], Gen.Double[0, 1], Gen.Byte.Array[1, 64]);
        Gen.Select(Gen.Int[0, samples.Length - 1], damage.Array[1, 4])
            .Sample((which, damages) =>
            {
                var (name, channel, original) = samples[which];
                var bytes = damages.Aggregate(original, (b, d) => Damage(b, d.Item1, d.Item2, d.Item3));
                AssertReadsOrRefuses(channel, "damaged-" + name, bytes);
            }, iter: 200, threads: 1);
    }

    [Fact]
    public void Parse_CsvFromTroublesomeCharacters_ReadsOrRefusesClearly()
    {
        var troublesome = Gen.Char["\",;\t\r\n \0\uFEFF\uD800\uDC00é£’\u2028abc01/-"];
        var cell = Gen.String[troublesome, 0, 40];
        var line = cell.Array[1, 8].Select(cells => string.Join(',', cells));
        Gen.Select(Gen.Int[0, 1], line.Array[0, 30], Gen.Int[0, 2])
            .Sample((channel, lines, encoding) =>
            {
                var text = "Date,Locality,Comment\n" + string.Join('\n', lines);
                var bytes = encoding switch
                {
                    0 => Encoding.UTF8.GetBytes(text),
                    1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
                    _ => Encoding.Latin1.GetBytes(text),
                };
                AssertReadsOrRefuses(channel == 0 ? "survey" : "talking-shop", "generated.csv", bytes);
            }, iter: 150, threads: 1);
    }

    [Fact]
    public void Parse_MarkdownFromTroublesomeLines_ReadsOrRefusesClearly()
    {
        var start = Gen.OneOf<string>("# ", "## ", "- ", "* ", "1. ", "> ", "", "You said ", "We will: ", "|", "---");
        var text = Gen.String[Gen.Char["abc Grays 01/03/2026:|*#\"\u0000\uD800"], 0, 60];
        Gen.Select(start, text).Select((s, t) => s + t).Array[0, 40]
            .Sample(lines => AssertReadsOrRefuses("listening-space", "generated.md", Encoding.UTF8.GetBytes(string.Join('\n', lines))),
                iter: 150, threads: 1);
    }

    private static void AssertReadsOrRefuses(string channel, string name, byte[] bytes)
    {
        var request = new ParseRequest(channel, name, "{}", new IngestLimits(), NoMappings);
        var parse = Task.Run(() => DocumentParsers.Parse(request, bytes));
        if (!parse.Wait(Limit)) throw new TimeoutException($"{name} ({channel}, {bytes.Length} bytes) still parsing after {Limit.TotalSeconds:N0} s");
        var result = parse.Result;
        if (result.Error is not null)
        {
            Assert.Contains(name, result.Error);
            Assert.Empty(result.Items);
            return;
        }
        Assert.All(result.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Text), $"{name}: an item without text"));
        Assert.All(result.Items, i => Assert.False(string.IsNullOrEmpty(i.IdentityKey), $"{name}: an item without an identity"));
    }

    private static byte[] Damage(byte[] bytes, int kind, double at, byte[] noise)
    {
        if (bytes.Length == 0) return noise;
        var position = (int)(at * (bytes.Length - 1));
        return kind switch
        {
            0 => bytes[..position],
            1 => [.. bytes[..position], .. noise, .. bytes[Math.Min(bytes.Length, position + noise.Length)..]],
            _ => [.. bytes[..position], .. noise, .. bytes[position..]],
        };
    }
}
