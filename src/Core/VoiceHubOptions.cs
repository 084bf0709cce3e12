namespace VoiceHub.Core;

/// <summary>The <c>VoiceHub</c> configuration section, shared by the web app and the CLI.</summary>
public sealed class VoiceHubOptions
{
    public const string Section = "VoiceHub";

    /// <summary>Where the embedded PostgreSQL, the index and uploads live. Default: <c>.voicehub</c> in the project root.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>This node's Lucene index folder. Default: <c>{DataDirectory}/index</c>.</summary>
    public string? IndexDirectory { get; set; }

    /// <summary>The demo council, taxonomy and lexicons. Default: the <c>seeds</c> folder beside VoiceHub.sln, else the build output's copy.</summary>
    public string? SeedsDirectory { get; set; }

    /// <summary>Port of the embedded PostgreSQL; 0 picks a free one.</summary>
    public int PostgresPort { get; set; }

    public AdminOptions Admin { get; set; } = new();

    public sealed class AdminOptions
    {
        public string Email { get; set; } = "admin@voicehub.local";

        /// <summary>The first admin's password. When unset on first run, one is generated and printed once.</summary>
        public string? Password { get; set; }
    }
}
