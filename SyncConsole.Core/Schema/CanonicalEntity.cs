using System.Text.Json;
using System.Text.Json.Serialization;

namespace SyncConsole.Core.Schema;

/// <summary>
/// Base of the typed canonical entities. A typed entity converts to the generic <see cref="CanonicalRecord"/>
/// (ordered snake_case fields) with <see cref="ToRecord"/> and back with <see cref="FromRecord{T}"/>; both go
/// through the canonical JSON form, so the typed and generic shapes cannot drift apart.
/// </summary>
public abstract record CanonicalEntity
{
    /// <summary>Our record id (a GUID string); empty until stored.</summary>
    public string Id { get; init; } = "";

    /// <summary>The schema version this entity follows; typed entities are always current.</summary>
    public int SchemaVersion { get; init; } = SchemaVersions.Current;

    /// <summary>The entity type.</summary>
    [JsonIgnore]
    public abstract EntityType EntityType { get; }

    /// <summary>The generic form: every schema field in declaration order, nulls included.</summary>
    public CanonicalRecord ToRecord()
    {
        var body = JsonSerializer.SerializeToElement(this, GetType(), CanonicalJson.Options);
        return CanonicalJson.FromJson(EntityType, body);
    }

    /// <summary>Rebuilds a typed entity from the generic form (upgrading older schema versions first).</summary>
    /// <exception cref="ArgumentException">The record is of another entity type.</exception>
    public static T FromRecord<T>(CanonicalRecord record)
        where T : CanonicalEntity
    {
        ArgumentNullException.ThrowIfNull(record);
        var upgraded = SchemaUpgrader.Upgrade(record);
        var entity = JsonSerializer.Deserialize<T>(CanonicalJson.ToJsonString(upgraded), CanonicalJson.Options)!;
        return entity.EntityType == record.EntityType
            ? entity
            : throw new ArgumentException($"A {record.EntityType.ToWireName()} record is not a {typeof(T).Name}.", nameof(record));
    }

    /// <summary>A new entity of the given type with default (empty) values.</summary>
    public static CanonicalEntity Create(EntityType entityType) => entityType switch
    {
        EntityType.Account => new Account(),
        EntityType.Item => new Item(),
        EntityType.Customer => new Customer(),
        EntityType.Vendor => new Vendor(),
        EntityType.Invoice => new Invoice(),
        EntityType.Bill => new Bill(),
        EntityType.Payment => new Payment(),
    };
}
