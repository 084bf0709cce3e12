using System.Security.Cryptography;
using System.Text;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Stores;

public sealed class ItemStoreTests(PostgresCluster cluster)
{
    private static NewItem Item(string text) => new()
    {
        Channel = "survey",
        RawText = text,
        RedactedText = text,
        Fingerprint = SHA256.HashData(Encoding.UTF8.GetBytes(text)),
    };

    private static async Task<(int Added, int Duplicates)> InsertAsync(TestDatabase db, string file, params string[] texts)
    {
        var (docId, _) = await db.Documents.SaveAsync("survey", file, "text/csv", Encoding.UTF8.GetBytes(file + string.Join(",", texts)), "{}", null, CancellationToken.None);
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var result = await ItemStore.InsertAsync(conn, tx, docId, texts.Select(Item).ToList(), CancellationToken.None);
        await tx.CommitAsync();
        return result;
    }

    [Fact]
    public async Task InsertAsync_SameFingerprintAgainOrTwiceInOneBatch_StoresItOnce()
    {
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        Assert.Equal((2, 1), await InsertAsync(db, "a.csv", "one", "two", "one"));
        Assert.Equal((1, 2), await InsertAsync(db, "b.csv", "one", "two", "three"));
        Assert.Equal(3, await db.Items.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ChangesAfterAsync_ConcurrentWriters_FeedNeverSkipsARow()
    {
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        var seen = new HashSet<long>();
        long cursor = 0;
        using var stop = new CancellationTokenSource();

        // A follower polls while eight writers commit concurrently; serialised writers mean no change can appear behind its cursor.
        var follower = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var change in await db.Items.ChangesAfterAsync(cursor, 50, CancellationToken.None))
                {
                    seen.Add(change.Id);
                    cursor = change.ChangeSeq;
                }
            }
        });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => InsertAsync(db, $"w{w}.csv",
            Enumerable.Range(0, 40).Select(i => $"writer {w} item {i}").ToArray())));
        await Task.Delay(200);
        await stop.CancelAsync();
        await follower;
        foreach (var change in await db.Items.ChangesAfterAsync(cursor, 1000, CancellationToken.None)) seen.Add(change.Id);

        Assert.Equal(320, seen.Count);
    }

    [Fact]
    public async Task ChangesAfterAsync_DeletedItem_AppearsAsATombstoneAfterItsInsert()
    {
        await using var db = await TestDatabase.CreateAsync(cluster, seed: false);
        await InsertAsync(db, "c.csv", "to be erased");
        var inserted = Assert.Single(await db.Items.ChangesAfterAsync(0, 10, CancellationToken.None));
        await using (var conn = await db.DataSource.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(conn, "DELETE FROM items WHERE id = @id", new { id = inserted.Id });
        }

        var change = Assert.Single(await db.Items.ChangesAfterAsync(inserted.ChangeSeq, 10, CancellationToken.None));
        Assert.True(change.Deleted);
        Assert.Equal(inserted.Id, change.Id);
    }
}
