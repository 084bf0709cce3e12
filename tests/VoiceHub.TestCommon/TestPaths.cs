namespace VoiceHub.TestCommon;

/// <summary>Folders the tests read: the checkout's seeds and samples, and fresh temporary folders.</summary>
public static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Sample(string name) => Path.Combine(Seeds, "samples", name);

    /// <summary>The items <c>seeds/samples/survey.csv</c> makes: 40 responses, two free-text answers each.</summary>
    public const int SampleSurveyItems = 80;

    /// <summary>A new empty folder inside this test process's own temporary folder, which goes when the process ends.</summary>
    public static string TempDirectory(string prefix = "voicehub")
    {
        var dir = Path.Combine(RunDirectory.Value, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private const string RunPrefix = "voicehub-tests-";

    /// <summary>
    /// One folder per test process, deleted when it exits. A run that was killed cannot clean up after itself, so each
    /// new one also deletes the folders of test processes that no longer exist.
    /// </summary>
    private static readonly Lazy<string> RunDirectory = new(() =>
    {
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), RunPrefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(stale)[RunPrefix.Length..], out var pid) && !Alive(pid)) TryDelete(stale);
        }
        var dir = Path.Combine(Path.GetTempPath(), RunPrefix + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(dir);
        return dir;
    });

    private static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Still in use by a child process that is shutting down: the next run's sweep deletes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
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
