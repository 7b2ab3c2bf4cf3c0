namespace SyncConsole.Api;

/// <summary>One page of a list, as every list endpoint answers (shared/API.md conventions).</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
