namespace VoiceHub.Core.LocalPostgres;

public sealed class LocalPostgresOptions
{
    /// <summary>Folder that holds the cluster (<c>pg/</c>), its password and its log. Default <c>.voicehub</c>.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Loopback port; 0 picks a free one at each start.</summary>
    public int Port { get; init; }

    public string Database { get; init; } = "voicehub";

    /// <summary>For tests: no fsync, stopped with <c>-m immediate</c> and deleted on dispose.</summary>
    public bool Throwaway { get; init; }
}
