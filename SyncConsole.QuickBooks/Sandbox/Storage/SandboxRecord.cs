namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>One stored QuickBooks object as JSON (the body QuickBooks would return), or a tombstone.</summary>
/// <param name="RealmId">The owning realm.</param>
/// <param name="Entity">The entity type name, e.g. <c>Invoice</c>.</param>
/// <param name="Id">The QuickBooks id.</param>
/// <param name="Json">The object's JSON; for a tombstone the QuickBooks "Deleted" shape.</param>
/// <param name="LastUpdated">Precise time of the last write, used to order and filter changes.</param>
/// <param name="Deleted">Whether the object was deleted (transactions only).</param>
public sealed record SandboxRecord(string RealmId, string Entity, string Id, string Json, DateTimeOffset LastUpdated, bool Deleted);
