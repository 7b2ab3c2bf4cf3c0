using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SyncConsole.Tenancy;

namespace SyncConsole.Data;

/// <summary>
/// SaveChanges for a large batch on PostgreSQL: the tracked inserts and updates of each table go out as one
/// <c>INSERT ... SELECT FROM unnest(...)</c> with one array per column, instead of one statement per row (which costs
/// PostgreSQL a parse, plan and round trip each). Rows with a client-side key are upserted (<c>ON CONFLICT (key) DO
/// UPDATE</c>); rows of a table whose key the database generates are only ever inserted, and leave that column out.
/// Columns, keys and value conversions come from the EF model, so the rows are exactly those SaveChanges would write.
/// Runs in the caller's transaction, if any; the context's tracker is cleared afterwards (generated keys are not read back).
/// </summary>
internal static class PostgresBulkSave
{
    /// <summary>
    /// Saves a large batch: in bulk on PostgreSQL, with EF's SaveChanges on SQLite. Changes are detected here, once, so
    /// a context that turned automatic detection off for the batch loses none.
    /// </summary>
    public static Task SaveBatchAsync(SyncConsoleDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        return db.Database.IsNpgsql() ? SaveAsync(db, cancellationToken) : db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SaveAsync(SyncConsoleDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var tables = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .GroupBy(e => e.Metadata)
            .ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        foreach (var table in tables)
        {
            await using var command = Upsert(table.Key, [.. table], connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    private static NpgsqlCommand Upsert(IEntityType entityType, IReadOnlyList<EntityEntry> rows, NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties;
        var generatedKey = key.Any(p => p.ValueGenerated.HasFlag(ValueGenerated.OnAdd));
        if (generatedKey && rows.Any(r => r.State != EntityState.Added))
        {
            throw new InvalidOperationException($"{store.Name}: rows with a generated key can only be inserted in bulk.");
        }

        var properties = entityType.GetProperties().Where(p => !(generatedKey && key.Contains(p))).ToList();
        var columns = properties.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        for (var i = 0; i < properties.Count; i++)
        {
            // The compiled getter reads the entity itself: no per-cell EntityEntry lookups.
            var getter = properties[i].GetGetter();
            var converter = properties[i].GetTypeMapping().Converter;
            var values = Array.CreateInstance(Nullable(converter?.ProviderClrType ?? properties[i].ClrType), rows.Count);
            for (var j = 0; j < rows.Count; j++)
            {
                var value = getter.GetClrValueUsingContainingEntity(rows[j].Entity);
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
