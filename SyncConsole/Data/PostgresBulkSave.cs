using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
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
    private static readonly ConcurrentDictionary<IEntityType, TablePlan> Plans = new();
    private static readonly MethodInfo ColumnMethod = typeof(PostgresBulkSave).GetMethod(nameof(Column), BindingFlags.NonPublic | BindingFlags.Static)!;

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
        var plan = Plans.GetOrAdd(entityType, Plan);
        if (plan.GeneratedKey && anyExisting)
        {
            throw new InvalidOperationException($"{entityType.GetTableName()}: rows with a generated key can only be inserted in bulk.");
        }

        var command = new NpgsqlBatchCommand(plan.CommandText);
        foreach (var column in plan.Columns)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = column(rows) });
        }

        return command;
    }

    /// <summary>A table's statement and column readers, made once per entity type of the (cached) model.</summary>
    private static TablePlan Plan(IEntityType entityType)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var key = entityType.FindPrimaryKey()!.Properties;
        var generatedKey = key.Any(p => p.ValueGenerated.HasFlag(ValueGenerated.OnAdd));
        var properties = entityType.GetProperties().Where(p => !(generatedKey && key.Contains(p))).ToList();
        var columns = properties.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var keys = key.Select(p => Quote(p.GetColumnName(store)!)).ToList();
        var updates = columns.Except(keys).Select(c => $"{c} = excluded.{c}").ToList();
        // A row is never taken over by another tenant: an upsert onto another tenant's key changes nothing.
        var sameTenant = entityType.FindProperty(nameof(ITenantOwned.TenantId)) is { } tenant
            ? $" WHERE {Quote(store.Name)}.{Quote(tenant.GetColumnName(store)!)} = excluded.{Quote(tenant.GetColumnName(store)!)}"
            : string.Empty;
        // Positional parameters ($1, $2, ...): a batch's statements are sent as they are, not rewritten by Npgsql.
        var text =
            $"INSERT INTO {Quote(store.Name)} ({string.Join(", ", columns)}) " +
            $"SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})" +
            (generatedKey
                ? string.Empty
                : $" ON CONFLICT ({string.Join(", ", keys)}) "
                    + (updates.Count == 0 ? "DO NOTHING" : $"DO UPDATE SET {string.Join(", ", updates)}{sameTenant}"));
        return new TablePlan(text, generatedKey, [.. properties.Select(ColumnReader)]);
    }

    /// <summary>
    /// Reads one column of a list of rows into a typed array, with the property's value conversion applied: compiled
    /// once, so a page's rows are read without boxing each value or setting array elements by reflection.
    /// </summary>
    private static Func<IReadOnlyList<object>, Array> ColumnReader(IProperty property)
    {
        var member = property.PropertyInfo ?? (MemberInfo?)property.FieldInfo
            ?? throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name}: bulk saves read CLR properties only.");
        var converter = property.GetTypeMapping().Converter;
        var element = Nullable(converter?.ProviderClrType ?? property.ClrType);
        var row = Expression.Parameter(typeof(object), "row");
        Expression value = Expression.MakeMemberAccess(Expression.Convert(row, property.DeclaringType.ClrType), member);
        if (converter is not null)
        {
            var converted = Expression.Convert(
                Expression.Invoke(converter.ConvertToProviderExpression, Expression.Convert(value, converter.ModelClrType)), element);
            // A null is written as null; the conversion is for values.
            value = value.Type.IsValueType && System.Nullable.GetUnderlyingType(value.Type) is null
                ? converted
                : Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Default(element), converted);
        }

        var read = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), element), Expression.Convert(value, element), row).Compile();
        return ColumnMethod.MakeGenericMethod(element).CreateDelegate<Func<IReadOnlyList<object>, Array>>(read);
    }

    private static T[] Column<T>(Func<object, T> read, IReadOnlyList<object> rows)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read(rows[i]);
        }

        return values;
    }

    // Arrays of value types carry nulls as Nullable<T> elements.
    private static Type Nullable(Type type) =>
        type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    private static string Quote(string name) => $"\"{name}\"";

    private sealed record TablePlan(string CommandText, bool GeneratedKey, IReadOnlyList<Func<IReadOnlyList<object>, Array>> Columns);
}
