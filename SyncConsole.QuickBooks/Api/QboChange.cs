using System.Text.Json;

namespace SyncConsole.QuickBooks.Api;

/// <summary>One changed object from CDC (or from the LastUpdatedTime fallback query).</summary>
/// <param name="EntityName">QuickBooks' entity name, e.g. <c>Invoice</c>.</param>
/// <param name="Id">The object's id.</param>
/// <param name="Deleted">A deleted transaction: <paramref name="Payload"/> only has Id and MetaData.</param>
/// <param name="LastUpdated">MetaData.LastUpdatedTime, when present.</param>
/// <param name="Payload">The full object JSON (or the tombstone).</param>
internal sealed record QboChange(string EntityName, string Id, bool Deleted, DateTimeOffset? LastUpdated, JsonElement Payload);
