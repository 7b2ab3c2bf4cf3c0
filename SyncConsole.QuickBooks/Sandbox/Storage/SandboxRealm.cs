namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>One emulated QuickBooks company.</summary>
/// <param name="RealmId">The company id (numeric-looking string).</param>
/// <param name="Name">The company name shown on the consent page.</param>
/// <param name="CreatedAt">When the company was created.</param>
/// <param name="NextId">The next entity id to hand out; ids are unique within the realm.</param>
/// <param name="Version">Incremented by every commit; the optimistic concurrency token.</param>
/// <param name="Faults">The fault injection settings of this realm.</param>
public sealed record SandboxRealm(string RealmId, string Name, DateTimeOffset CreatedAt, long NextId, long Version, SandboxFaults Faults);
