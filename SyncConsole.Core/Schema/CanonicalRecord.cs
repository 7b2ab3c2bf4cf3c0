namespace SyncConsole.Core.Schema;

/// <summary>
/// A canonical record in its generic form: entity type, our record id, schema version and ordered fields.
/// The typed entities (<see cref="Invoice"/>, <see cref="Customer"/>…) convert to and from this form; the
/// sync engine compares, merges and stores this form.
/// </summary>
/// <param name="EntityType">The entity type.</param>
/// <param name="Id">Our record id (a GUID string); an inbound mapper puts the provider id here instead.</param>
/// <param name="SchemaVersion">The schema version the fields follow.</param>
/// <param name="Fields">The canonical fields, in schema order.</param>
public sealed record CanonicalRecord(EntityType EntityType, string Id, int SchemaVersion, FieldMap Fields)
{
    /// <summary>A copy with another id (fields unchanged).</summary>
    public CanonicalRecord WithId(string id) => this with { Id = id };

    /// <summary>A copy with other fields.</summary>
    public CanonicalRecord WithFields(FieldMap fields) => this with { Fields = fields };
}
