using System.Security.Cryptography;
using System.Text;
using VoiceHub.Core;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// Ready-to-run ONNX files (the package's graph, the patch put in, quantised) kept under the hub's data folder, so a
/// model is built in memory once per patch and package rather than at every load: a load then only reads a file, and
/// the node's peak no longer carries the protobuf copies of the 90 MB float32 graph (bench/README.md, "Memory while it
/// embeds"). Each file has a sidecar naming what it was built from and its SHA-256; a file whose sidecar does not name
/// the same inputs (another patch, package, precision or build of the quantiser), or whose bytes no longer hash to it,
/// is built again, never trusted.
/// </summary>
/// <remarks>
/// For example the search model is <c>models/arctic-embed-xs-int8-3f2a….onnx</c> (about 60 MB) beside
/// <c>…onnx.sha256</c>, whose two lines are the inputs' key and the file's SHA-256. A rebuilt file replaces the slot's
/// older files, so a new patch leaves one file, not two.
/// </remarks>
public sealed class ModelCache(string directory)
{
    /// <summary>The cache of a node: <c>{DataDirectory}/models</c>.</summary>
    public static string DirectoryFor(VoiceHubOptions hub) => System.IO.Path.Combine(ProjectPaths.DataDirectory(hub), "models");

    public string Directory { get; } = System.IO.Path.GetFullPath(directory);

    /// <summary>The file for <paramref name="key"/>, written by <paramref name="build"/> when missing, damaged or made from other inputs.</summary>
    /// <param name="slot">Which model this is (<c>arctic-embed-xs-int8</c>); older files of the slot are deleted on a rebuild.</param>
    /// <param name="key">Everything the bytes depend on, in words; a different key is a different file.</param>
    public string FileFor(string slot, string key, Action<Stream> build)
    {
        var path = System.IO.Path.Combine(Directory, $"{slot}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]}.onnx");
        if (Valid(path, key)) return path;
        System.IO.Directory.CreateDirectory(Directory);
        // Written aside and renamed, so a reader never sees half a file; two builders write the same bytes.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var file = File.Create(temporary)) build(file);
        // The build's garbage (the graph's protobuf copies) goes back to the system before the session is made.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        NativeHeap.Trim();
        var sha256 = Sha256(temporary);
        File.Move(temporary, path, overwrite: true);
        File.WriteAllText(temporary, $"{key}\n{sha256}\n");
        File.Move(temporary, path + ".sha256", overwrite: true);
        foreach (var old in System.IO.Directory.EnumerateFiles(Directory, slot + "-*.onnx*"))
        {
            if (old != path && old != path + ".sha256" && !old.EndsWith(".tmp", StringComparison.Ordinal)) File.Delete(old);
        }
        return path;
    }

    private static bool Valid(string path, string key)
    {
        if (!File.Exists(path) || !File.Exists(path + ".sha256")) return false;
        var lines = File.ReadAllLines(path + ".sha256");
        if (lines.Length < 2 || lines[0] != key) return false;
        return Sha256(path) == lines[1];
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
