using SyncConsole.Tenancy;

namespace SyncConsole.Records;

/// <summary>
/// Per-tenant change-log counter. Writers increment it inside their transaction, which locks the row until they
/// commit, so sequence order is commit order and a reader that saw sequence n can never later find an n - 1
/// appearing behind its cursor (an identity column does not promise that on PostgreSQL).
/// </summary>
public sealed class RecordSequenceRow : ITenantOwned
{
    public required Guid TenantId { get; init; }

    public long LastSeq { get; set; }
}
