namespace SyncConsole.QuickBooks.Api;

/// <summary>One page of query results.</summary>
/// <param name="Items">The rows, at most the page size.</param>
/// <param name="StartPosition">The 1-based position of the first row.</param>
/// <param name="ServerTime">QuickBooks' clock when it answered (use it, not ours, as the next cursor).</param>
internal sealed record QboPage<T>(IReadOnlyList<T> Items, int StartPosition, DateTimeOffset? ServerTime);
