using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>A write to our system decided by a sync.</summary>
/// <param name="EntityType">The entity type.</param>
/// <param name="Id">Our record id (new GUID string for a create).</param>
/// <param name="ExpectedVersion">The version the decision was based on (0 for a create); the store must refuse another.</param>
/// <param name="Record">The new content, or null to delete (leave a tombstone).</param>
public sealed record InternalWrite(EntityType EntityType, string Id, long ExpectedVersion, CanonicalRecord? Record)
{
    /// <summary>The version the record has after the write: always <see cref="ExpectedVersion"/> + 1.</summary>
    public long NewVersion => ExpectedVersion + 1;
}
