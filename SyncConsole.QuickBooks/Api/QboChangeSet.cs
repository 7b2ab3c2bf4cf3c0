namespace SyncConsole.QuickBooks.Api;

/// <summary>The changes since a cursor.</summary>
/// <param name="ServerTime">QuickBooks' clock at the answer: the next cursor.</param>
/// <param name="Changes">Changed objects, grouped per entity in the requested order; deletions after updates.</param>
/// <param name="PossiblyTruncated">CDC returned its 1000-object cap: narrow the window and ask again.</param>
/// <param name="FromQueries">The cursor was older than CDC allows, so LastUpdatedTime queries were used; these see no hard deletes.</param>
internal sealed record QboChangeSet(DateTimeOffset ServerTime, IReadOnlyList<QboChange> Changes, bool PossiblyTruncated, bool FromQueries);
