namespace VoiceHub.TestCommon;

/// <summary>Folders the tests read: the checkout's seeds and samples, and fresh temporary folders.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Sample(string name) => Path.Combine(Seeds, "samples", name);

    public static string TempDirectory(string prefix = "voicehub")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VoiceHub.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Tests must run inside the VoiceHub checkout.");
    }
}
