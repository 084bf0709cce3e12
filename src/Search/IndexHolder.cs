using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace VoiceHub.Search;

/// <summary>
/// This process's current <see cref="LuceneIndex"/>, which can be replaced while people search: by a rebuilt index
/// swapped in (<c>voicehub reindex</c>), or by a fresh one when the folder vanished. Searches hold a read lock for their
/// few milliseconds; a swap takes the write lock, so it waits for running searches and new ones wait for it.
/// </summary>
/// <remarks>
/// Only <see cref="Jobs.IndexSync"/> writes to the index and swaps it, always under its own gate. The holder keeps the
/// <see cref="WriterLock"/> for its whole life, across swaps, so no other process can slip in as writer meanwhile.
/// </remarks>
public sealed class IndexHolder(LuceneIndex initial, WriterLock? writerLock, ILogger<IndexHolder>? log) : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private LuceneIndex _current = initial;

    /// <summary>Opens the index at <paramref name="path"/>: as its writer when <paramref name="write"/> and no other process writes it, else read-only.</summary>
    public static IndexHolder Open(string path, bool write, ILoggerFactory? loggers)
    {
        var writer = write ? WriterLock.TryTake(path) : null;
        var log = loggers?.CreateLogger<IndexHolder>();
        if (write && writer is null) log?.LogInformation("Another process writes the index at {Path}; opening it read-only", path);
        try
        {
            return new IndexHolder(LuceneIndex.Open(path, writer is not null, loggers?.CreateLogger<LuceneIndex>()), writer, log);
        }
        catch
        {
            writer?.Dispose();
            throw;
        }
    }

    /// <summary>The index now. For its state (cursor, rebuilding) and for writing under the sync's gate; search with <see cref="Search{T}"/>.</summary>
    public LuceneIndex Current => _current;

    public T Search<T>(Func<LuceneIndex, IndexSearcher, T> search)
    {
        _lock.EnterReadLock();
        try
        {
            var index = _current;
            return index.Search(searcher => search(index, searcher));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>How many items the index holds now.</summary>
    public int Count() => Search((_, searcher) => searcher.IndexReader.NumDocs);

    /// <summary>Closes the current index and puts the one <paramref name="open"/> returns in its place.</summary>
    /// <param name="open">Runs after the current index is closed (so its folder may be moved) and must return the new one.</param>
    /// <param name="abandon">Close the current index without committing (its folder has gone).</param>
    public void Replace(Func<LuceneIndex> open, bool abandon = false)
    {
        _lock.EnterWriteLock();
        try
        {
            try
            {
                if (abandon) _current.Abandon();
                else _current.Dispose();
            }
            catch (IOException e)
            {
                // The folder may be gone (that may be why we are replacing it): nothing left to save.
                log?.LogWarning("Closing the search index at {Path} failed: {Error}", _current.Path, e.Message);
            }
            _current = open();
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        _current.Dispose();
        _lock.Dispose();
        writerLock?.Dispose();
    }
}
