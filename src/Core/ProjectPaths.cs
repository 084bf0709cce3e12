namespace VoiceHub.Core;

/// <summary>Finds the folders VoiceHub uses, so the web app and the CLI agree wherever each is started from.</summary>
public static class ProjectPaths
{
    /// <summary>The folder holding VoiceHub.sln, searched upwards from the working directory; else the working directory.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VoiceHub.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }

    public static string DataDirectory(VoiceHubOptions o) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(o.DataDirectory) ? Path.Combine(Root(), ".voicehub") : o.DataDirectory);

    public static string IndexDirectory(VoiceHubOptions o) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(o.IndexDirectory) ? Path.Combine(DataDirectory(o), "index") : o.IndexDirectory);

    /// <summary>The editable <c>seeds</c> folder of the checkout when there is one, else the copy beside the binaries.</summary>
    public static string SeedsDirectory(VoiceHubOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.SeedsDirectory)) return Path.GetFullPath(o.SeedsDirectory);
        var inCheckout = Path.Combine(Root(), "seeds");
        return Directory.Exists(inCheckout) ? inCheckout : Path.Combine(AppContext.BaseDirectory, "seeds");
    }
}
