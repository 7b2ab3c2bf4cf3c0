using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SyncConsole.Tenancy;

namespace SyncConsole.Data;

/// <summary>
/// A large batch of one table's rows on PostgreSQL: they go out as one <c>INSERT ... SELECT FROM unnest(...)</c> with
/// one array per column, instead of one statement per row (which costs PostgreSQL a parse, plan and round trip each).
/// Rows with a client-side key are upserted (<c>ON CONFLICT (key) DO UPDATE</c>); rows of a table whose key the
/// database generates are only ever inserted, and leave that column out (generated keys are not read back). Columns,
/// keys and value conversions come from the EF model, so the rows are exactly those SaveChanges would write. Runs in
/// the caller's transaction, if any. <see cref="RowBatch"/> is how callers reach it.
/// </summary>
internal static class PostgresBulkSave
{
    /// <summary>Writes <paramref name="rows"/>, all of CLR type <paramref name="type"/>; <paramref name="anyExisting"/>: some were read from the table.</summary>
    public static async Task UpsertAsync(
        SyncConsoleDbContext db, Type type, IReadOnlyList<object> rows, bool anyExisting, CancellationToken cancellationToken)
    {
        var entityType = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not a table of the model.");
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        await using var command = Upsert(entityType, rows, anyExisting, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlCommand Upsert(
        IEntityType entityType, IReadOnlyList<object> rows, bool anyExisting, NpgsqlConnection connection, NpgsqlTransaction? transaction)
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
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
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

            command.Parameters.Add(new NpgsqlParameter($"p{i}", values));
        }

        var keys = key.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var updates = columns.Except(keys).Select(c => $"{c} = excluded.{c}").ToList();
        // A row is never taken over by another tenant: an upsert onto another tenant's key changes nothing.
        var sameTenant = entityType.FindProperty(nameof(ITenantOwned.TenantId)) is { } tenant
            ? $" WHERE {Quote(store.Name)}.{Quote(tenant.GetColumnName(store)!)} = excluded.{Quote(tenant.GetColumnName(store)!)}"
            : string.Empty;
        command.CommandText =
            $"INSERT INTO {Quote(store.Name)} ({string.Join(", ", columns)}) " +
            $"SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})" +
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
