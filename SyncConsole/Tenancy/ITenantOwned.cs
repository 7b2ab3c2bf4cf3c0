namespace SyncConsole.Tenancy;

/// <summary>
/// Marks a persisted type that belongs to one tenant. Every such table carries <c>tenant_id</c> with an index, and
/// a model test fails when a new table forgets it.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
