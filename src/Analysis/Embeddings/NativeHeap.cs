using System.Runtime.InteropServices;

namespace VoiceHub.Analysis.Embeddings;

/// <summary>
/// Gives the C heap's free memory back to the system (glibc's <c>malloc_trim</c>). ONNX Runtime allocates a session's
/// weights and buffers with malloc from several threads; freed, they stay in glibc's per-thread arenas and counted in
/// the node's resident memory. Measured after a tuned session was freed: 197 MB still resident, 78 MB after a trim
/// (bench/README.md, "Memory while it embeds").
/// </summary>
internal static class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = MallocTrim(0); // 1 if memory was given back, 0 if none could be
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without malloc_trim (musl): the memory is simply kept, as before.
        }
    }

    // DllImport, not LibraryImport: the latter's generated code needs unsafe blocks, and this call passes one integer.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}
