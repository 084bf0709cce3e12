using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using VoiceHub.Search.Analysis;
using VoiceHub.Search.Facets;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace VoiceHub.Search;

/// <summary>
/// One Lucene index folder: one <see cref="IndexWriter"/> (when the write lock is ours), one analyser, and a
/// <see cref="SearcherManager"/> kept fresh by a <see cref="ControlledRealTimeReopenThread{T}"/>. The PostgreSQL change
/// cursor the index has reached, and the newest rebuild request it has served, are stored in each commit's user data,
/// so a restart resumes where it stopped. Searches go through <see cref="IndexHolder"/>, which can swap one index for
/// another under running searches.
/// </summary>
/// <remarks>
/// When another process holds the write lock (the web app, while the CLI runs), this opens read-only and sees that
/// process's commits. A missing index is created empty (cursor 0) and a corrupt one is moved aside and recreated: the
/// follower then rebuilds it from PostgreSQL, which always has everything.
/// </remarks>
public sealed class LuceneIndex : IDisposable
{
    public const string CursorKey = "voicehub.changeSeq";
    public const string RebuildRequestKey = "voicehub.rebuildRequest";

    /// <summary>BM25 rather than classic TF-IDF: most feedback is a sentence or two, and BM25 does not let one repeated word dominate.</summary>
    public static readonly Similarity Similarity = new BM25Similarity();

    /// <summary>
    /// How stale the searcher may get on its own. Each reopen flushes the writer's buffer into a new segment and stalls
    /// indexing while it does, so the reopen thread must not do it every second during a bulk build: the sync asks for
    /// a reopen (<see cref="Refresh"/>) whenever it has applied changes people should see.
    /// </summary>
    private const double MaxStaleSeconds = 60;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly TrackingIndexWriter? _tracking;
    private readonly ControlledRealTimeReopenThread<IndexSearcher>? _reopener;
    private readonly SearcherManager _searchers;
    private readonly object _commitLock = new();

    private LuceneIndex(string path, LuceneDirectory directory, IndexWriter? writer, bool rebuilt, string? rebuiltReason)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        Rebuilding = rebuilt;
        RebuildReason = rebuiltReason;
        var factory = new WarmingSearcherFactory(Similarity);
        IDictionary<string, string>? data;
        if (writer is not null)
        {
            _tracking = new TrackingIndexWriter(writer);
            _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: factory);
            _reopener = new ControlledRealTimeReopenThread<IndexSearcher>(_tracking, _searchers, MaxStaleSeconds, 0.01)
            {
                IsBackground = true,
                Name = "lucene-reopen",
            };
            _reopener.Start();
            data = writer.CommitData;
        }
        else
        {
            _searchers = new SearcherManager(directory, factory);
            var searcher = _searchers.Acquire();
            try
            {
                data = ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
        Cursor = Read(data, CursorKey);
        RebuildRequest = Read(data, RebuildRequestKey);
    }

    public string Path { get; }
    public Analyzer Analyzer { get; } = new VoiceHubAnalyzer();

    /// <summary>The change number of PostgreSQL's items that this index has applied.</summary>
    public long Cursor { get; private set; }

    /// <summary>The newest rebuild request (<c>index_rebuild_requests.id</c>) this index has been rebuilt for.</summary>
    public long RebuildRequest { get; private set; }

    public bool CanWrite => _writer is not null;

    /// <summary>True from creating a fresh index (missing or corrupt) until the follower has caught up.</summary>
    public bool Rebuilding { get; private set; }

    public string? RebuildReason { get; }

    /// <summary>Opens the index at <paramref name="path"/>, as writer if the lock is free (and <paramref name="write"/>).</summary>
    public static LuceneIndex Open(string path, bool write, ILogger? log)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = OpenDirectory(path);
        var exists = DirectoryReader.IndexExists(directory);
        string? reason = exists ? null : "The search index is being built from the database.";

        if (exists)
        {
            try
            {
                // A cheap integrity check: open the newest commit's segments.
                using var probe = DirectoryReader.Open(directory);
            }
            catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                           or EndOfStreamException or IOException and not LockObtainFailedException)
            {
                directory.Dispose();
                // The folder set aside is named for a person looking at the disk, by the machine's own clock: the one
                // read of the wall clock that is not TimeProvider's (nothing depends on it, and no test moves it).
                var aside = path.TrimEnd('/') + ".corrupt-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
                log?.LogError("The search index at {Path} cannot be read ({Error}); moved to {Aside} and rebuilding", path, e.GetType().Name, aside);
                System.IO.Directory.Move(path, aside);
                System.IO.Directory.CreateDirectory(path);
                directory = OpenDirectory(path);
                exists = false;
                reason = "The search index could not be read, so it is being rebuilt from the database.";
            }
        }

        if (write)
        {
            try
            {
                var config = new IndexWriterConfig(VoiceHubAnalyzer.Version, new VoiceHubAnalyzer())
                {
                    OpenMode = OpenMode.CREATE_OR_APPEND,
                    RAMBufferSizeMB = 64,
                    Similarity = Similarity,
                };
                var writer = new IndexWriter(directory, config);
                if (!exists)
                {
                    writer.SetCommitData(new Dictionary<string, string> { [CursorKey] = "0", [RebuildRequestKey] = "0" });
                    writer.Commit();
                }
                return new LuceneIndex(path, directory, writer, !exists, reason);
            }
            catch (LockObtainFailedException)
            {
                log?.LogInformation("Another process holds the index at {Path}; opening it read-only", path);
            }
        }

        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new IndexNotReadyException($"There is no search index at {path} yet, and another process is creating it.");
        }
        return new LuceneIndex(path, directory, writer: null, rebuilt: false, rebuiltReason: null);
    }

    /// <summary>
    /// The rebuild request the index at <paramref name="path"/> has served, read from its newest commit without opening
    /// (or creating) anything: for watching another process's index. Null when there is no readable index there now.
    /// </summary>
    public static long? ReadRebuildRequest(string path)
    {
        if (!System.IO.Directory.Exists(path)) return null;
        try
        {
            using var directory = OpenDirectory(path);
            var commits = DirectoryReader.ListCommits(directory);
            return commits.Count == 0 ? null : Read(commits[^1].UserData, RebuildRequestKey);
        }
        catch (Exception e) when (e is IOException or IndexNotFoundException or DirectoryNotFoundException)
        {
            return null; // mid-swap, or being created
        }
    }

    /// <summary>
    /// NIOFSDirectory (positional file reads), not the memory-mapped directory <c>FSDirectory.Open</c> picks: in
    /// Lucene.NET, reads through the mapped buffer go byte by byte, and at a million items searches were about 40%
    /// slower at p95 that way (measured with the search bench's query mix).
    /// </summary>
    private static FSDirectory OpenDirectory(string path) => new NIOFSDirectory(new DirectoryInfo(path));

    /// <summary>A new, empty index at <paramref name="path"/>, replacing whatever was there: for building beside the live one.</summary>
    public static LuceneIndex Create(string path, ILogger? log)
    {
        if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        return Open(path, write: true, log);
    }

    /// <summary>Adds or replaces an item's document. Safe to call from several threads at once.</summary>
    public void Update(long id, Lucene.Net.Documents.Document document) => Tracking.UpdateDocument(IndexSchema.IdTerm(id), document);

    /// <summary>Adds a document known not to be in the index yet (a fresh build): cheaper than <see cref="Update"/>.</summary>
    public void Add(Lucene.Net.Documents.Document document) => Tracking.AddDocument(document);

    public void Delete(long id) => Tracking.DeleteDocuments(IndexSchema.IdTerm(id));

    /// <summary>Makes applied changes searchable now (near-real-time), without a commit.</summary>
    public void Refresh()
    {
        if (_reopener is not null) _reopener.WaitForGeneration(Tracking.GetAndIncrementGeneration(), 5000);
        else _searchers.MaybeRefresh();
    }

    /// <summary>Commits, recording the change number reached. Once committed, a restart resumes after it.</summary>
    public void Commit(long cursor, bool caughtUp)
    {
        lock (_commitLock)
        {
            Writer.SetCommitData(new Dictionary<string, string>
            {
                [CursorKey] = cursor.ToString(CultureInfo.InvariantCulture),
                [RebuildRequestKey] = RebuildRequest.ToString(CultureInfo.InvariantCulture),
            });
            Writer.Commit();
            Cursor = cursor;
            if (caughtUp) Rebuilding = false;
        }
    }

    /// <summary>Advances the in-memory cursor without a commit (changes are searchable, not yet durable).</summary>
    public void Advance(long cursor) => Cursor = cursor;

    /// <summary>Records that this index holds everything as of rebuild request <paramref name="request"/> (kept at the next commit).</summary>
    public void MarkRebuilt(long request) => RebuildRequest = Math.Max(RebuildRequest, request);

    /// <summary>Runs <paramref name="search"/> on the freshest searcher, releasing it afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        if (_writer is null) RefreshReadOnly();
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public int Count() => Search(s => s.IndexReader.NumDocs);

    /// <summary>A read-only index sees the writer's newest commit, and its cursor and rebuild request with it.</summary>
    private void RefreshReadOnly()
    {
        if (!_searchers.MaybeRefresh()) return;
        var searcher = _searchers.Acquire();
        try
        {
            var data = ((DirectoryReader)searcher.IndexReader).IndexCommit.UserData;
            Cursor = Read(data, CursorKey);
            RebuildRequest = Read(data, RebuildRequestKey);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private TrackingIndexWriter Tracking => _tracking ?? throw new InvalidOperationException("This process opened the index read-only.");

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("This process opened the index read-only.");

    private static long Read(IDictionary<string, string>? data, string key) =>
        data is not null && data.TryGetValue(key, out var v) && long.TryParse(v, CultureInfo.InvariantCulture, out var c) ? c : 0;

    public void Dispose() => Close(commit: true);

    /// <summary>Closes without committing: for an index whose folder has gone, where a commit can only fail.</summary>
    public void Abandon() => Close(commit: false);

    private void Close(bool commit)
    {
        _reopener?.Dispose();
        _searchers.Dispose();
        try
        {
            if (_writer is null) return;
            if (commit) DisposeOrRollBack(_writer);
            else RollBack(_writer);
        }
        finally
        {
            _directory.Dispose();
            Analyzer.Dispose();
        }
    }

    /// <summary>
    /// Commits and closes; a writer that fails to (its folder gone, a full disk) still holds the write lock, and
    /// rolling back releases it, so the folder can be opened again in this process.
    /// </summary>
    private static void DisposeOrRollBack(IndexWriter writer)
    {
        try
        {
            writer.Dispose();
        }
        catch (ObjectDisposedException)
        {
        }
        catch (IOException)
        {
            RollBack(writer);
            throw;
        }
    }

    private static void RollBack(IndexWriter writer)
    {
        try
        {
            writer.Rollback();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Nothing more can be done for a writer whose folder is gone; its lock went with the folder.
        }
    }
}
