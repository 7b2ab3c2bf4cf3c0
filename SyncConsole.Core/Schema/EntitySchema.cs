namespace SyncConsole.Core.Schema;

/// <summary>
/// What the engine needs to know about one entity type in the current schema version: its fields in order,
/// where it references other entities, and whether it is a name list.
/// </summary>
public sealed class EntitySchema
{
    private static readonly Dictionary<EntityType, EntitySchema> Schemas =
        EntityTypes.All.ToDictionary(e => e, e => new EntitySchema(e));

    private EntitySchema(EntityType entityType)
    {
        EntityType = entityType;
        // Derived from the typed entity so the field list cannot drift from the typed shape.
        Fields = CanonicalEntity.Create(entityType).ToRecord().Fields.Names;
        References = ReferencesOf(entityType);
        MergeUnits = UnitsOf(entityType, Fields);
    }

    /// <summary>The entity type.</summary>
    public EntityType EntityType { get; }

    /// <summary>Canonical field names (snake_case), in order, excluding <c>id</c> and <c>schema_version</c>.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>References to other entities (translated between our ids and provider ids).</summary>
    public IReadOnlyList<ReferencePath> References { get; }

    /// <summary>
    /// The fields grouped into merge units, in field order: most units are one field; a transaction's <c>lines</c> and
    /// <c>total</c> form one unit, because the total is derived from the lines and taking each from another side would
    /// produce a document whose lines do not add up.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> MergeUnits { get; }

    /// <summary>The entity types this one references (its sync dependencies).</summary>
    public IEnumerable<EntityType> Dependencies => References.Select(r => r.Target).Distinct();

    /// <summary>The schema of an entity type.</summary>
    public static EntitySchema For(EntityType entityType) => Schemas[entityType];

    /// <summary>True when <paramref name="field"/> is a canonical field of this entity.</summary>
    public bool HasField(string field) => Fields.Contains(field, StringComparer.Ordinal);

    private static List<IReadOnlyList<string>> UnitsOf(EntityType entityType, IReadOnlyList<string> fields)
    {
        string[] linked = entityType is EntityType.Invoice or EntityType.Bill ? ["lines", "total"] : [];
        var units = fields.Where(f => !linked.Contains(f)).Select(f => (IReadOnlyList<string>)[f]).ToList();
        if (linked.Length > 0)
        {
            units.Insert(fields.ToList().IndexOf(linked[0]), linked);
        }

        return units;
    }

    private static ReferencePath[] ReferencesOf(EntityType entityType) => entityType switch
    {
        EntityType.Account or EntityType.Customer or EntityType.Vendor => [],
        EntityType.Item =>
        [
            new("income_account_id", null, EntityType.Account),
            new("expense_account_id", null, EntityType.Account),
        ],
        EntityType.Invoice =>
        [
            new("customer_id", null, EntityType.Customer),
            new("lines", "item_id", EntityType.Item),
        ],
        EntityType.Bill =>
        [
            new("vendor_id", null, EntityType.Vendor),
            new("lines", "account_id", EntityType.Account),
            new("lines", "item_id", EntityType.Item),
        ],
        EntityType.Payment =>
        [
            new("customer_id", null, EntityType.Customer),
            new("applied_to", "invoice_id", EntityType.Invoice),
        ],
    };
}
