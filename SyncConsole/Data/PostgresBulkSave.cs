using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SyncConsole.Tenancy;

namespace SyncConsole.Data;

/// <summary>
/// A large batch of rows on PostgreSQL: each table's rows go out as one <c>INSERT ... SELECT FROM unnest(...)</c> with
/// one array per column, instead of one statement per row (which costs PostgreSQL a parse, plan and round trip each),
/// and all the tables' statements go out together in one round trip (a batch, run in order).
/// Rows with a client-side key are upserted (<c>ON CONFLICT (key) DO UPDATE</c>); rows of a table whose key the
/// database generates are only ever inserted, and leave that column out (generated keys are not read back). Columns,
/// keys and value conversions come from the EF model, so the rows are exactly those SaveChanges would write. Runs in
/// the caller's transaction, if any. <see cref="RowBatch"/> is how callers reach it.
/// </summary>
internal static class PostgresBulkSave
{
    /// <summary>Writes each table's rows (all of one CLR type); <c>AnyExisting</c>: some of them were read from the table.</summary>
    public static async Task UpsertAsync(
        SyncConsoleDbContext db, IEnumerable<(Type Type, IReadOnlyList<object> Rows, bool AnyExisting)> tables, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        foreach (var (type, rows, anyExisting) in tables)
        {
            var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not a table of the model.");
            batch.BatchCommands.Add(Upsert(entityType, rows, anyExisting));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlBatchCommand Upsert(IEntityType entityType, IReadOnlyList<object> rows, bool anyExisting)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties;
        var generatedKey = key.Any(p => p.ValueGenerated.HasFlag(ValueGenerated.OnAdd));
        if (generatedKey && anyExisting)
        {
            throw new InvalidOperationException($"{store.Name}: rows with a generated key can only be inserted in bulk.");
        }

        var properties = entityType.GetProperties().Where(p => !(generatedKey && key.Contains(p))).ToList();
        var columns = properties.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var command = new NpgsqlBatchCommand();
        for (var i = 0; i < properties.Count; i++)
        {
            var getter = properties[i].GetGetter();
            var converter = properties[i].GetTypeMapping().Converter;
            var values = Array.CreateInstance(Nullable(converter?.ProviderClrType ?? properties[i].ClrType), rows.Count);
            for (var j = 0; j < rows.Count; j++)
            {
                var value = getter.GetClrValueUsingContainingEntity(rows[j]);
                values.SetValue(value is not null && converter is not null ? converter.ConvertToProvider(value) : value, j);
            }

            command.Parameters.Add(new NpgsqlParameter { Value = values });
        }

        var keys = key.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var updates = columns.Except(keys).Select(c => $"{c} = excluded.{c}").ToList();
        // A row is never taken over by another tenant: an upsert onto another tenant's key changes nothing.
        var sameTenant = entityType.FindProperty(nameof(ITenantOwned.TenantId)) is { } tenant
            ? $" WHERE {Quote(store.Name)}.{Quote(tenant.GetColumnName(store)!)} = excluded.{Quote(tenant.GetColumnName(store)!)}"
            : string.Empty;
        // Positional parameters ($1, $2, ...): a batch's statements are sent as they are, not rewritten by Npgsql.
        command.CommandText =
            $"INSERT INTO {Quote(store.Name)} ({string.Join(", ", columns)}) " +
            $"SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})" +
            (generatedKey
                ? string.Empty
                : $" ON CONFLICT ({string.Join(", ", keys)}) "
                    + (updates.Count == 0 ? "DO NOTHING" : $"DO UPDATE SET {string.Join(", ", updates)}{sameTenant}"));
        return command;
    }

    // Arrays of value types carry nulls as Nullable<T> elements.
    private static Type Nullable(Type type) =>
        type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static string Quote(string name) => $"\"{name}\"";
}
