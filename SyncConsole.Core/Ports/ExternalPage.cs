namespace SyncConsole.Core.Ports;

/// <summary>One page of provider records and the cursor to resume after it.</summary>
/// <param name="Records">The records of this page (changes, or a full listing when read without a cursor).</param>
/// <param name="NextCursor">Opaque cursor that resumes after this page; the orchestrator stores it once the page is committed.</param>
public sealed record ExternalPage(IReadOnlyList<ExternalRecord> Records, string NextCursor);
