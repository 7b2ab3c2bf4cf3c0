using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace SyncConsole.Benchmarks;

/// <summary>
/// (b) The ceiling: the very rows the full sync wrote to <c>records</c>, upserted into a table of the same shape (same
/// columns, key and indexes) with multi-row <c>INSERT ... ON CONFLICT DO UPDATE</c> statements of 1000 rows, one
/// transaction per batch, as the sync commits one transaction per page. Nothing else: no HTTP, no mapping, no state.
/// </summary>
internal static class RawUpsertScenario
{
    private const int BatchSize = 1000;

    private const string Upsert = """
        INSERT INTO bench_raw_records (tenant_id, entity_type, id, version, schema_version, body, modified_at, deleted, change_seq)
        SELECT * FROM unnest(@tenant_id, @entity_type, @id, @version, @schema_version, @body, @modified_at, @deleted, @change_seq)
        ON CONFLICT (tenant_id, entity_type, id) DO UPDATE SET version = excluded.version, schema_version = excluded.schema_version,
            body = excluded.body, modified_at = excluded.modified_at, deleted = excluded.deleted, change_seq = excluded.change_seq
        """;

    public static async Task<RawUpsertResult> RunAsync(string connectionString, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "DROP TABLE IF EXISTS bench_raw_records; CREATE TABLE bench_raw_records (LIKE records INCLUDING ALL)", cancellationToken);
        var rows = await ReadRowsAsync(connection, tenantId, cancellationToken);
        var clock = Stopwatch.StartNew();
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(Upsert, connection, transaction);
            command.Parameters.Add(Array("tenant_id", NpgsqlDbType.Uuid, batch.Select(r => r.TenantId)));
            command.Parameters.Add(Array("entity_type", NpgsqlDbType.Varchar, batch.Select(r => r.EntityType)));
            command.Parameters.Add(Array("id", NpgsqlDbType.Varchar, batch.Select(r => r.Id)));
            command.Parameters.Add(Array("version", NpgsqlDbType.Bigint, batch.Select(r => r.Version)));
            command.Parameters.Add(Array("schema_version", NpgsqlDbType.Integer, batch.Select(r => r.SchemaVersion)));
            command.Parameters.Add(Array("body", NpgsqlDbType.Text, batch.Select(r => r.Body)));
            command.Parameters.Add(Array("modified_at", NpgsqlDbType.TimestampTz, batch.Select(r => r.ModifiedAt)));
            command.Parameters.Add(Array("deleted", NpgsqlDbType.Boolean, batch.Select(r => r.Deleted)));
            command.Parameters.Add(Array("change_seq", NpgsqlDbType.Bigint, batch.Select(r => r.ChangeSeq)));
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var elapsed = clock.Elapsed;
        await ExecuteAsync(connection, "DROP TABLE bench_raw_records", cancellationToken);
        return new RawUpsertResult(rows.Count, elapsed, rows.Count / elapsed.TotalSeconds);
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };

    private static async Task<List<RawRow>> ReadRowsAsync(NpgsqlConnection connection, Guid tenantId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT tenant_id, entity_type, id, version, schema_version, body, modified_at, deleted, change_seq FROM records WHERE tenant_id = @tenant",
            connection);
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RawRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RawRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt32(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetBoolean(7), reader.GetInt64(8)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record RawRow(
        Guid TenantId, string EntityType, string Id, long Version, int SchemaVersion, string Body, DateTimeOffset ModifiedAt, bool Deleted,
        long ChangeSeq);
}

internal sealed record RawUpsertResult(int Rows, TimeSpan Elapsed, double RowsPerSecond);
