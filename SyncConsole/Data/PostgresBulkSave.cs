using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SyncConsole.Data;

/// <summary>
/// SaveChanges for a large batch on PostgreSQL: the tracked inserts and updates of each table go out as one
/// <c>INSERT ... SELECT FROM unnest(...) ON CONFLICT (key) DO UPDATE</c> with one array per column, instead of one
/// statement per row (which costs PostgreSQL a parse, plan and round trip each). Columns, keys and value conversions
/// come from the EF model, so the rows are exactly those SaveChanges would write. Runs in the caller's transaction.
/// </summary>
internal static class PostgresBulkSave
{
    public static async Task SaveAsync(SyncConsoleDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        var tables = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .GroupBy(e => e.Metadata)
            .ToList();
        foreach (var table in tables)
        {
            await using var command = Upsert(table.Key, [.. table], connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        db.ChangeTracker.AcceptAllChanges();
    }

    private static NpgsqlCommand Upsert(
        IEntityType entityType, IReadOnlyList<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> rows, NpgsqlConnection connection,
        NpgsqlTransaction? transaction)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var keys = entityType.FindPrimaryKey()!.Properties.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var columns = properties.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        for (var i = 0; i < properties.Count; i++)
        {
            var converter = properties[i].GetTypeMapping().Converter;
            var values = Array.CreateInstance(Nullable(converter?.ProviderClrType ?? properties[i].ClrType), rows.Count);
            for (var j = 0; j < rows.Count; j++)
            {
                var value = rows[j].Property(properties[i].Name).CurrentValue;
                values.SetValue(value is not null && converter is not null ? converter.ConvertToProvider(value) : value, j);
            }

            command.Parameters.Add(new NpgsqlParameter($"p{i}", values));
        }

        var updates = columns.Except(keys).Select(c => $"{c} = excluded.{c}").ToList();
        command.CommandText =
            $"INSERT INTO {Quote(store.Name)} ({string.Join(", ", columns)}) " +
            $"SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))}) " +
            $"ON CONFLICT ({string.Join(", ", keys)}) " +
            (updates.Count == 0 ? "DO NOTHING" : $"DO UPDATE SET {string.Join(", ", updates)}");
        return command;
    }

    // Arrays of value types carry nulls as Nullable<T> elements.
    private static Type Nullable(Type type) =>
        type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static string Quote(string name) => $"\"{name}\"";
}
