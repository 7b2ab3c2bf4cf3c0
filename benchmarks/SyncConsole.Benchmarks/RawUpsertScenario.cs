using System.Diagnostics;
using Npgsql;

namespace SyncConsole.Benchmarks;

/// <summary>
/// (b) The ceiling: the very rows the full load wrote, written again by PostgreSQL alone. For each table the load wrote
/// a row per record in (our records, their change log, the sync states, the job's per-record results) a twin of the
/// same shape (same columns, key and indexes) is filled with multi-row <c>INSERT ... SELECT FROM unnest(...)</c>
/// statements, upserting on the key as the sync does (inserting where the database generates the key), one
/// transaction per 1000 records as the sync commits one per page. Nothing else: no HTTP, no mapping, no decisions.
/// It is written <see cref="Runs"/> times and the median run counts: a single run moved by a quarter from one benchmark
/// to the next (PostgreSQL's checkpoints land in one run or another), and the ratio to the load moved with it.
/// The records table alone is measured too, for reference.
/// </summary>
internal static class RawUpsertScenario
{
    private const int BatchSize = 1000;
    private const int Runs = 3;
    private static readonly string[] Tables = ["records", "record_changes", "sync_states", "sync_job_results"];

    public static async Task<RawUpsertResult> RunAsync(string connectionString, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<Table>();
        foreach (var name in Tables)
        {
            tables.Add(await Table.ReadAsync(connection, name, tenantId, cancellationToken));
        }

        var recordsOnly = await WriteAsync(connection, tables[..1], cancellationToken);
        var runs = new List<TimeSpan>();
        for (var run = 0; run < Runs; run++)
        {
            runs.Add(await WriteAsync(connection, tables, cancellationToken));
        }

        var all = runs.Order().ElementAt(Runs / 2);
        var records = tables[0].Rows.Count;
        return new RawUpsertResult(
            records, tables.Sum(t => t.Rows.Count), all, records / all.TotalSeconds, tables.Sum(t => t.Rows.Count) / all.TotalSeconds,
            records / recordsOnly.TotalSeconds, runs);
    }

    private static async Task<TimeSpan> WriteAsync(NpgsqlConnection connection, IReadOnlyList<Table> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {table.Twin}; CREATE TABLE {table.Twin} (LIKE {table.Name} INCLUDING ALL)", cancellationToken);
        }

        var batches = (tables[0].Rows.Count + BatchSize - 1) / BatchSize;
        var clock = Stopwatch.StartNew();
        for (var batch = 0; batch < batches; batch++)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var table in tables)
            {
                // Each table's rows spread over the same number of batches as the records (a row per record each).
                var size = (table.Rows.Count + batches - 1) / batches;
                var rows = table.Rows.Skip(batch * size).Take(size).ToList();
                if (rows.Count > 0)
                {
                    await using var command = table.Upsert(rows, connection, transaction);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var elapsed = clock.Elapsed;
        foreach (var table in tables)
        {
            await ExecuteAsync(connection, $"DROP TABLE {table.Twin}", cancellationToken);
        }

        return elapsed;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One table's rows of the tenant, its columns (with their types) and key, read from the catalog.</summary>
    private sealed record Table(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<string> Key, bool GeneratedKey, List<object?[]> Rows)
    {
        public string Twin => $"bench_raw_{Name}";

        public static async Task<Table> ReadAsync(NpgsqlConnection connection, string name, Guid tenantId, CancellationToken cancellationToken)
        {
            var columns = new List<Column>();
            await using (var catalog = new NpgsqlCommand(
                """
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attidentity <> '',
                       EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY (i.indkey))
                FROM pg_attribute a WHERE a.attrelid = @table::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
                """, connection))
            {
                catalog.Parameters.AddWithValue("table", name);
                await using var reader = await catalog.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    columns.Add(new Column(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetBoolean(3)));
                }
            }

            var key = columns.Where(c => c.InKey).Select(c => c.Name).ToList();
            var generatedKey = columns.Any(c => c.InKey && c.Generated);
            var written = columns.Where(c => !c.Generated).ToList();
            var rows = new List<object?[]>();
            var types = new Type[written.Count];
            await using var select = new NpgsqlCommand(
                $"SELECT {string.Join(", ", written.Select(c => $"\"{c.Name}\""))} FROM {name} WHERE tenant_id = @tenant", connection);
            select.Parameters.AddWithValue("tenant", tenantId);
            await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
            {
                for (var i = 0; i < written.Count; i++)
                {
                    types[i] = reader.GetFieldType(i);
                }

                while (await reader.ReadAsync(cancellationToken))
                {
                    var values = new object?[written.Count];
                    for (var i = 0; i < written.Count; i++)
                    {
                        values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                    }

                    rows.Add(values);
                }
            }

            return new Table(name, [.. written.Select((c, i) => c with { ClrType = types[i] })], key, generatedKey, rows);
        }

        public NpgsqlCommand Upsert(List<object?[]> rows, NpgsqlConnection connection, NpgsqlTransaction transaction)
        {
            var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
            for (var i = 0; i < Columns.Count; i++)
            {
                // One typed array per column, as the sync sends them.
                var type = Columns[i].ClrType!;
                var values = Array.CreateInstance(type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type, rows.Count);
                for (var j = 0; j < rows.Count; j++)
                {
                    values.SetValue(rows[j][i], j);
                }

                command.Parameters.AddWithValue($"p{i}", values);
            }

            var names = Columns.Select(c => $"\"{c.Name}\"").ToList();
            var updates = Columns.Where(c => !c.InKey).Select(c => $"\"{c.Name}\" = excluded.\"{c.Name}\"").ToList();
            command.CommandText =
                $"INSERT INTO {Twin} ({string.Join(", ", names)}) " +
                $"SELECT {string.Join(", ", Columns.Select((c, i) => $"c{i}::{c.Type}"))} " +
                $"FROM unnest({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))}) AS u({string.Join(", ", Columns.Select((_, i) => $"c{i}"))})" +
                (GeneratedKey ? string.Empty : $" ON CONFLICT ({string.Join(", ", Key.Select(k => $"\"{k}\""))}) DO UPDATE SET {string.Join(", ", updates)}");
            return command;
        }
    }

    // Type: the column's SQL type (each value is cast to it, a no-op where the array already has it); ClrType: as read.
    private sealed record Column(string Name, string Type, bool Generated, bool InKey, Type? ClrType = null);
}

/// <summary>
/// The ceiling: <see cref="RecordsPerSecond"/> is the records whose rows (in every table) PostgreSQL took per second
/// in the median run (<see cref="Elapsed"/>) of <see cref="Runs"/>; <see cref="RecordsTableRowsPerSecond"/> the records
/// table alone.
/// </summary>
internal sealed record RawUpsertResult(
    int Records, int Rows, TimeSpan Elapsed, double RecordsPerSecond, double RowsPerSecond, double RecordsTableRowsPerSecond,
    IReadOnlyList<TimeSpan> Runs);
