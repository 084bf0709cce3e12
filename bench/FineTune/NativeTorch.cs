namespace VoiceHub.FineTune;

/// <summary>
/// Loads TorchSharp's native library on Debian 12. TorchSharp 0.107.0's <c>libLibTorchSharp.so</c> was built with GCC 13
/// and asks for libstdc++'s version <c>GLIBCXX_3.4.32</c>, which Debian 12's libstdc++ (GCC 12) lacks, so it will not
/// load ("version `GLIBCXX_3.4.32' not found"). The only symbol it wants at that version is
/// <c>std::ios_base_library_init()</c>, which GCC 13's &lt;iostream&gt; names but never calls (it only pulls the
/// library in; GCC 12's libstdc++ initialises the streams by itself). So a copy of the library, with that one version
/// requirement marked weak (<c>VER_FLG_WEAK</c> in <c>.gnu.version_r</c>, which makes the loader tolerate its absence),
/// loads and runs. The copy sits with libtorch's own libraries in <c>cpu/</c> beside the tool, where TorchSharp itself
/// gathers them when its first load fails (it keeps files already there); the NuGet cache is not touched.
/// </summary>
internal static class NativeTorch
{
    public static void Load()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "cpu");
        var library = Path.Combine(directory, "libLibTorchSharp.so");
        if (!File.Exists(library))
        {
            var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            Directory.CreateDirectory(directory);
            foreach (var native in new[] { "libtorch-cpu-linux-x64/2.10.0", "torchsharp/0.107.0" })
                foreach (var file in Directory.GetFiles(Path.Combine(packages, native, "runtimes", "linux-x64", "native")))
                    File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
        }
        var bytes = File.ReadAllBytes(library);
        if (MarkWeak(bytes, "GLIBCXX_3.4.32")) File.WriteAllBytes(library, bytes);
        // Not loaded here: TorchSharp loads libtorch from the NuGet cache first, and then, failing on the unpatched
        // library there, this folder's libLibTorchSharp.so, which binds to that same libtorch. Loading this folder's
        // libtorch_cpu.so too would register its operators twice and abort.
    }

    /// <summary>Sets VER_FLG_WEAK on the ELF64 version requirement <paramref name="version"/>; false when already so or absent.</summary>
    private static bool MarkWeak(byte[] elf, string version)
    {
        var sectionHeaders = (int)BitConverter.ToUInt64(elf, 0x28);
        var headerSize = BitConverter.ToUInt16(elf, 0x3A);
        var count = BitConverter.ToUInt16(elf, 0x3C);
        for (var s = 0; s < count; s++)
        {
            var header = sectionHeaders + s * headerSize;
            if (BitConverter.ToUInt32(elf, header + 4) != 0x6ffffffe) continue; // SHT_GNU_verneed
            var offset = (int)BitConverter.ToUInt64(elf, header + 0x18);
            var entries = BitConverter.ToUInt32(elf, header + 0x2C); // sh_info: how many Verneed entries
            var strings = (int)BitConverter.ToUInt64(elf, sectionHeaders + (int)BitConverter.ToUInt32(elf, header + 0x28) * headerSize + 0x18);
            for (var n = 0; n < entries; n++)
            {
                var aux = offset + (int)BitConverter.ToUInt32(elf, offset + 8);
                for (var a = 0; a < BitConverter.ToUInt16(elf, offset + 2); a++)
                {
                    var name = strings + (int)BitConverter.ToUInt32(elf, aux + 8);
                    var end = Array.IndexOf(elf, (byte)0, name);
                    var flags = BitConverter.ToUInt16(elf, aux + 4);
                    if (System.Text.Encoding.ASCII.GetString(elf, name, end - name) == version && (flags & 2) == 0)
                    {
                        BitConverter.TryWriteBytes(elf.AsSpan(aux + 4), (ushort)(flags | 2));
                        return true;
                    }
                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }
                offset += (int)BitConverter.ToUInt32(elf, offset + 12);
            }
        }
        return false;
    }
}
