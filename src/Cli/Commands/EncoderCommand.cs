using System.CommandLine;
using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.Configuration;
using VoiceHub.Analysis.Embeddings;
using VoiceHub.Cli.Bench;
using VoiceHub.Core;

namespace VoiceHub.Cli.Commands;

/// <summary>
/// <c>voicehub encoder patch --tuned FILE.onnx [--name themes-sentiment-1] [--out FILE] [--float32]</c>: writes the tuned
/// encoder's changed tensors as a patch of the package's graph (<see cref="EncoderPatch"/>), by default to
/// <c>seeds/encoder/arctic-embed-xs-tuned.patch</c>, where the hub reads it. <c>voicehub encoder check --tuned FILE.onnx
/// [--patch FILE] [--texts 200]</c>: the hub's classification vectors (the patch, int8) against the tuned file's own
/// (float32) on real comments; fails (exit 1) when their mean cosine is below 0.99.
/// </summary>
/// <remarks>
/// A CLI command rather than bench/FineTune's <c>ship</c>: the writer and the reader of the format live in one
/// assembly (Analysis) and are tested together, and the tool needs no TorchSharp, so any operator can run it.
/// </remarks>
public static class EncoderCommand
{
    public static Command Create() => new("encoder", "The tuned encoder the theme and sentiment models read: make its patch, check it") { Patch(), Check() };

    private static Command Patch()
    {
        var tuned = new Option<FileInfo>("--tuned") { Description = "The tuned float32 ONNX file (bench/FineTune train --save)", Required = true };
        var name = new Option<string>("--name") { Description = "What the tuning was; part of the model id", DefaultValueFactory = _ => "themes-sentiment-1" };
        var output = new Option<FileInfo?>("--out") { Description = "The patch file (default: seeds/encoder/arctic-embed-xs-tuned.patch)" };
        var float32 = new Option<bool>("--float32") { Description = "Store the matrices as float32 rather than int8 with column scales" };
        var command = new Command("patch", "Write a tuned encoder's changed tensors as a patch of the package's graph") { tuned, name, output, float32 };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(tuned)!;
            var label = parse.GetValue(name)!;
            if (!file.Exists || label.Length is 0 or > 40 || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                await Console.Error.WriteLineAsync($"voicehub encoder patch: {(file.Exists ? "--name must be 1–40 letters, digits or hyphens" : $"{file.FullName} does not exist")}.");
                return 2;
            }
            var path = parse.GetValue(output)?.FullName ?? DefaultPatchPath();
            EncoderPatch patch;
            try
            {
                patch = EncoderPatch.Create(SentenceEmbedder.PackageModel(), await File.ReadAllBytesAsync(file.FullName, ct), label, int8: !parse.GetValue(float32));
            }
            catch (Exception e) when (e is InvalidDataException or Google.Protobuf.InvalidProtocolBufferException)
            {
                await Console.Error.WriteLineAsync($"voicehub encoder patch: {file.Name}: {e.Message}");
                return 1;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, patch.Bytes, ct);
            Console.WriteLine($"{path}: {patch.Tensors} tensors, {patch.Weights:N0} weights, {patch.Bytes.Length / 1e6:0.00} MB " +
                              $"(tuned file {file.Length / 1e6:0.0} MB); base {EncoderPatch.BaseModel} sha256 {patch.BaseSha256[..12]}…, model id " +
                              new SentenceEmbedder(new EmbeddingOptions(), patch).ModelId);
            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var tuned = new Option<FileInfo>("--tuned") { Description = "The tuned float32 ONNX file the patch was made from", Required = true };
        var patchFile = new Option<FileInfo?>("--patch") { Description = "The patch (default: the one the hub reads)" };
        var texts = new Option<int>("--texts") { Description = "Real comments from seeds/data", DefaultValueFactory = _ => 200 };
        var command = new Command("check", "The hub's tuned vectors (patch, int8) against the tuned ONNX file's own (float32)") { tuned, patchFile, texts };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(tuned)!;
            var path = parse.GetValue(patchFile)?.FullName ?? DefaultPatchPath();
            var count = parse.GetValue(texts);
            if (!file.Exists || count < 1)
            {
                await Console.Error.WriteLineAsync($"voicehub encoder check: {(file.Exists ? "--texts must be 1 or more" : $"{file.FullName} does not exist")}.");
                return 2;
            }
            var comments = EmbedBench.Comments(SeedsDirectory(), count);
            var clock = Stopwatch.StartNew();
            float[][] product, productFloat32, reference, referenceInt8;
            try
            {
                using (var hub = ClassificationEmbedder.Tuned(new EmbeddingOptions(), path)) product = hub.Embed(comments, ct);
                using (var hub = ClassificationEmbedder.Tuned(new EmbeddingOptions { Precision = "float32" }, path)) productFloat32 = hub.Embed(comments, ct);
            }
            catch (InvalidDataException e)
            {
                await Console.Error.WriteLineAsync($"voicehub encoder check: {e.Message}");
                return 1;
            }
            using (var exact = SentenceEmbedder.FromOnnxFile(new EmbeddingOptions { Precision = "float32" }, file.FullName)) reference = exact.Embed(comments, ct);
            using (var exact = SentenceEmbedder.FromOnnxFile(new EmbeddingOptions(), file.FullName)) referenceInt8 = exact.Embed(comments, ct);
            var hubAgainstFile = Cosines(product, reference);
            var patchCost = Cosines(productFloat32, reference);
            var sameInt8 = Cosines(product, referenceInt8);
            Console.WriteLine($"{comments.Count} comments from seeds/data, {clock.Elapsed.TotalSeconds:0.0} s; load average {EmbedBench.LoadAverage()}");
            Console.WriteLine($"the hub's vectors (patch, int8) against the tuned file (float32): cosine mean {hubAgainstFile.Average():0.0000} (aim: 0.99 or more), lowest {hubAgainstFile.Min():0.0000}, {hubAgainstFile.Count(c => c < 0.99)} below 0.99");
            Console.WriteLine($"the patch run in float32 against the tuned file (float32), what storing int8 costs: mean {patchCost.Average():0.0000}, lowest {patchCost.Min():0.0000}");
            Console.WriteLine($"the hub's vectors against the tuned file quantised the same way (int8): mean {sameInt8.Average():0.0000}, lowest {sameInt8.Min():0.0000}");
            return hubAgainstFile.Average() >= 0.99 ? 0 : 1;
        });
        return command;
    }

    private static double[] Cosines(float[][] a, float[][] b) => a.Select((v, i) => (double)TensorPrimitives.Dot(v, b[i])).ToArray();

    private static string SeedsDirectory() =>
        ProjectPaths.SeedsDirectory(CliHost.Configuration().GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions());

    private static string DefaultPatchPath()
    {
        var configuration = CliHost.Configuration();
        return ClassificationEmbedder.PatchPath(configuration.GetSection(EmbeddingOptions.Section).Get<EmbeddingOptions>() ?? new EmbeddingOptions(),
            configuration.GetSection(VoiceHubOptions.Section).Get<VoiceHubOptions>() ?? new VoiceHubOptions());
    }
}
