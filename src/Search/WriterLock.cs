namespace VoiceHub.Search;

/// <summary>
/// This process's claim to be the one writer of an index folder: an OS file lock on <c>{folder}.lock</c> beside it,
/// held until disposed and released by the OS if the process dies. Lucene.NET's own write lock does not keep a second
/// process out on Linux (both the app and the CLI got an IndexWriter on the same folder), so this one decides who
/// writes. It sits beside the folder, not in it, because a reindex swaps the folder.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private readonly FileStream _file;

    private WriterLock(FileStream file) => _file = file;

    /// <returns>The lock, or null when another process (or another holder in this one) has it.</returns>
    public static WriterLock? TryTake(string indexPath)
    {
        var path = Path.GetFullPath(indexPath).TrimEnd('/') + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive flock on Unix: the same mechanism as the local PostgreSQL's launcher lock.
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
