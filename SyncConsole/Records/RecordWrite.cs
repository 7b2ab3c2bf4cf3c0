using SyncConsole.Core.Schema;

namespace SyncConsole.Records;

/// <summary>
/// A requested write: the record's new canonical body (null to delete), the version the writer last saw (null to
/// write whatever is there), and who writes.
/// </summary>
internal sealed record RecordWrite(EntityType EntityType, string Id, long? ExpectedVersion, CanonicalRecord? Record, string Actor);
