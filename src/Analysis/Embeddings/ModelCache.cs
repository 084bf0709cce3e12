using System.Collections.Concurrent;
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
/// A file is hashed once per process: after that, while its length and last-write time stay as they were when it hashed
/// to its sidecar, a load trusts it (a node's start and each classification run no longer read 117 MB). Any write to the
/// file changes its last-write time, so a file damaged or replaced since is hashed again, and rebuilt if it no longer
/// matches; a new process hashes every file afresh.
/// </remarks>
public sealed class ModelCache(string directory)
{
    /// <summary>Files this process has hashed and found to match their sidecar: the file's length and last-write time then, and the hash.</summary>
    private static readonly ConcurrentDictionary<string, (long Length, DateTime Written, string Sha256)> Verified = new();

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
        var built = Identity(temporary);
        var sha256 = Sha256(temporary);
        File.Move(temporary, path, overwrite: true); // a rename: the length and last-write time go with it
        Verified[path] = (built.Length, built.Written, sha256);
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
        // Taken before hashing: a write during the hash leaves a newer last-write time, so the file is hashed again next time.
        var now = Identity(path);
        if (Verified.TryGetValue(path, out var seen) && (seen.Length, seen.Written) == now && seen.Sha256 == lines[1]) return true;
        if (Sha256(path) != lines[1]) return false;
        Verified[path] = (now.Length, now.Written, lines[1]);
        return true;
    }

    private static (long Length, DateTime Written) Identity(string path)
    {
        var file = new FileInfo(path);
        return (file.Length, file.LastWriteTimeUtc);
    }

    private static string Sha256(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
