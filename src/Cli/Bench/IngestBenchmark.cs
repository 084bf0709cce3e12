using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using VoiceHub.Cli.Samples;
using VoiceHub.Core;
using VoiceHub.Core.LocalPostgres;
using VoiceHub.Core.Schema;
using VoiceHub.Core.Seeds;
using VoiceHub.Core.Stores;
using VoiceHub.Core.Text;
using VoiceHub.Ingest;
using VoiceHub.Ingest.Jobs;
using VoiceHub.Ingest.Localities;
using VoiceHub.Ingest.Parsers;
using VoiceHub.Ingest.Sandbox;
using VoiceHub.Ingest.Parsers.Tables;

namespace VoiceHub.Cli.Bench;

/// <summary>
/// The ingest benchmark: a survey CSV of N rows built from the labelled feedback (two free-text answers a row),
/// ingested end to end by the real job (parse, redact, locate, fingerprint, store in one transaction), beside a bare
/// binary COPY of the same item rows into an unindexed table, in the same throwaway cluster and the same run.
/// </summary>
public static class IngestBenchmark
{
    public sealed record Figures(int Rows, int Items, double CsvMegabytes, double ParseSeconds, double PrepareSeconds,
        double EndToEndSeconds, double ItemsPerSecond, double CopySeconds, double CopyItemsPerSecond, double Ratio, double IndexedCopySeconds);

    public static async Task<Figures> RunAsync(int rows, string seedsDirectory, TextWriter progress, CancellationToken ct)
    {
        var all = LabelledFeedback.Load(seedsDirectory);
        var csv = Generate(all, rows);
        progress.WriteLine($"Generated a survey CSV of {rows:N0} rows ({csv.Length / 1048576.0:N1} MB) from {all.Count:N0} labelled comments.");

        var dir = Path.Combine(Path.GetTempPath(), $"voicehub-bench-{Guid.NewGuid():N}");
        await using var pg = await LocalPostgres.StartAsync(new LocalPostgresOptions { DataDirectory = dir, Throwaway = true }, null, ct);
        var connectionString = await pg.EnsureDatabaseAsync("bench", null, ct);
        await using var db = VoiceHubDatabase.Build(connectionString);
        await Migrator.MigrateAsync(db, null, ct);
        DapperSetup.Apply();
        var localities = new LocalityStore(db);
        await new SeedLoader(localities, new ThemeStore(db), new ServiceAreaStore(db), NullLogger<SeedLoader>.Instance).LoadAsync(seedsDirectory, ct);
        var documents = new DocumentStore(db);
        var limits = new IngestLimits();
        var sandbox = new ParseSandbox(ParseSandboxOptions.ThisHost(), Options.Create(limits), new SurveyMappingStore(db));

        // Where the time goes, stage by stage (separate runs over the same bytes).
        var sw = Stopwatch.StartNew();
        var (table, error) = TableReader.Read(csv, "bench.csv", limits);
        var parsed = SurveyParser.Parse(table ?? throw new InvalidOperationException(error), SurveyColumns.Detect(table), "bench.csv", limits);
        var parseSeconds = sw.Elapsed.TotalSeconds;
        sw.Restart();
        var resolver = new LocalityResolver(await localities.ListAsync(ct), seedsDirectory);
        var items = IngestDocumentJob.ToNewItems("survey", parsed.Items, resolver, null);
        var prepareSeconds = sw.Elapsed.TotalSeconds;
        progress.WriteLine($"Stages: parse {parseSeconds:N2} s, redact + locate + fingerprint {prepareSeconds:N2} s for {items.Count:N0} items.");
        sw.Restart();
        foreach (var p in parsed.Items) Ingest.Redaction.Redactor.Redact(p.Text);
        var redactOnly = sw.Elapsed.TotalSeconds;
        sw.Restart();
        foreach (var p in parsed.Items) resolver.Resolve(p.LocalityName, p.Postcode, p.Text);
        progress.WriteLine($"  warm, one core: redact {redactOnly:N2} s, locate {sw.Elapsed.TotalSeconds:N2} s");

        // End to end, as an upload: store the document, then the real job.
        var job = new IngestDocumentJob(db, documents, localities, sandbox,
            Options.Create(new VoiceHubOptions { SeedsDirectory = seedsDirectory }), new StageLogger(progress));
        sw.Restart();
        var (id, _) = await documents.SaveAsync("survey", "bench.csv", "text/csv", csv, "{}", null, ct);
        var outcome = await job.RunAsync(id, ct);
        var endToEnd = sw.Elapsed.TotalSeconds;
        if (outcome.Status != "ingested") throw new InvalidOperationException($"The benchmark file was not ingested: {outcome.Error}");

        // The baseline: the same item rows, binary COPY into a table with no index, trigger or constraint.
        var copySeconds = await CopyAsync(db, items, "CREATE TABLE bench_copy (LIKE items)", ct);
        // For the record: the same COPY into a table with the items' indexes (keys, uniques), to show what they cost.
        var indexedSeconds = await CopyAsync(db, items, "CREATE TABLE bench_copy (LIKE items INCLUDING DEFAULTS INCLUDING INDEXES INCLUDING IDENTITY)", ct);
        progress.WriteLine($"Bare COPY {copySeconds:N2} s; the same COPY into a table with the items' indexes {indexedSeconds:N2} s.");
        var figures = new Figures(rows, outcome.ItemsAdded, csv.Length / 1048576.0, parseSeconds, prepareSeconds, endToEnd,
            outcome.ItemsAdded / endToEnd, copySeconds, items.Count / copySeconds, outcome.ItemsAdded / endToEnd / (items.Count / copySeconds), indexedSeconds);
        NpgsqlConnection.ClearAllPools();
        return figures;
    }

    /// <summary>Times a binary COPY of the items into a new ordinary (logged) table made by <paramref name="create"/>.</summary>
    private static async Task<double> CopyAsync(NpgsqlDataSource db, IReadOnlyList<Core.Model.NewItem> items, string create, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        // LIKE items without options copies the columns and NOT NULLs only: no key, index, default, trigger or check.
        await using (var command = new NpgsqlCommand("DROP TABLE IF EXISTS bench_copy; " + create, conn)) await command.ExecuteNonQueryAsync(ct);
        var sw = Stopwatch.StartNew();
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var writer = await conn.BeginBinaryImportAsync("""
            COPY bench_copy (id, document_id, channel, locality_id, locality_rule, occurred_on, raw_text, redacted_text, context, metadata,
                             reference, fingerprint, row_no, change_seq, received_at) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            var n = 0L;
            var now = DateTime.UtcNow;
            foreach (var item in items)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(++n, NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(1L, NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(item.Channel, NpgsqlDbType.Text, ct);
                if (item.LocalityId is { } l) await writer.WriteAsync(l, NpgsqlDbType.Integer, ct); else await writer.WriteNullAsync(ct);
                if (item.LocalityRule is { } r) await writer.WriteAsync(r, NpgsqlDbType.Text, ct); else await writer.WriteNullAsync(ct);
                if (item.OccurredOn is { } d) await writer.WriteAsync(d, NpgsqlDbType.Date, ct); else await writer.WriteNullAsync(ct);
                await writer.WriteAsync(item.RawText, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(item.RedactedText, NpgsqlDbType.Text, ct);
                if (item.Context is { } c) await writer.WriteAsync(c, NpgsqlDbType.Text, ct); else await writer.WriteNullAsync(ct);
                await writer.WriteAsync(item.Metadata, NpgsqlDbType.Jsonb, ct);
                await writer.WriteAsync(ReferenceCode.New(), NpgsqlDbType.Text, ct);
                await writer.WriteAsync(item.Fingerprint, NpgsqlDbType.Bytea, ct);
                if (item.RowNo is { } r2) await writer.WriteAsync(r2, NpgsqlDbType.Integer, ct); else await writer.WriteNullAsync(ct);
                await writer.WriteAsync(n, NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
            }
            await writer.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        return sw.Elapsed.TotalSeconds;
    }

    /// <summary>Rows of a realistic survey export: response id, UK date, locality or postcode, and two answers.</summary>
    public static byte[] Generate(IReadOnlyList<LabelledFeedback> all, int rows)
    {
        string[] localities = ["Grays", "Tilbury and Chadwell", "Aveley, South Ockendon and Purfleet", "Stanford-le-Hope and Corringham", ""];
        string[] postcodes = ["RM17 6SL", "RM18 7NR", "", "SS17 0AB", "RM15 4AB"];
        var sb = new StringBuilder(rows * 220);
        sb.Append("Response ID,Date submitted,Locality,Postcode,What has worked well with your care and support?,What could be better?\r\n");
        for (var i = 0; i < rows; i++)
        {
            var a = all[(i * 7) % all.Count];
            var b = all[(i * 13 + 5) % all.Count];
            sb.Append(i + 1).Append(',').Append(a.Date.AddDays(i % 300).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(',')
                .Append(CsvReader.Escape(localities[i % 5])).Append(',').Append(postcodes[i % 5]).Append(',')
                .Append(CsvReader.Escape(a.Text)).Append(',').Append(CsvReader.Escape(b.Text)).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>Prints the job's own account of where its time went.</summary>
    private sealed class StageLogger(TextWriter progress) : Microsoft.Extensions.Logging.ILogger<IngestDocumentJob>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel level) => level >= Microsoft.Extensions.Logging.LogLevel.Information;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel level, Microsoft.Extensions.Logging.EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) =>
            progress.WriteLine("  job: " + format(state, e));
    }
}
