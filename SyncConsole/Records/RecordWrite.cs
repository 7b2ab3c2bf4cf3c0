using SyncConsole.Core.Schema;

namespace SyncConsole.Records;

/// <summary>
/// A requested write: the record's new canonical body (null to delete), the version the writer last saw (null to
/// write whatever is there), and who writes.
/// </summary>
internal sealed record RecordWrite(EntityType EntityType, string Id, long? ExpectedVersion, CanonicalRecord? Record, string Actor)
{
    /// <summary>
    /// The record's stored JSON when serialized ahead of the write (<see cref="RecordWrites.Prepared"/>: a sync page's
    /// writes, while the page before commits); null: serialized when written.
    /// </summary>
    public string? Body { get; init; }
}
