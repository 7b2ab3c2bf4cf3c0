namespace SyncConsole.Core.Ports;

/// <summary>One page of our records and the cursor to resume after it.</summary>
/// <param name="Records">Records changed since the requested cursor (tombstones included), oldest change first.</param>
/// <param name="NextCursor">Opaque cursor that resumes after this page.</param>
public sealed record InternalPage(IReadOnlyList<InternalRecord> Records, string NextCursor);
