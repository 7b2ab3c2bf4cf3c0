namespace SyncConsole.Sandbox;

/// <summary>
/// A company of the QuickBooks emulator. The sandbox tables stand for the external system, not for a tenant's data,
/// so they are system tables keyed by realm.
/// </summary>
public sealed class SandboxRealmRow
{
    public required string RealmId { get; init; }

    public required string Name { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public long NextId { get; set; }

    /// <summary>Optimistic concurrency: every commit moves it on by one.</summary>
    public long Version { get; set; }

    /// <summary>Fault injection settings as JSON.</summary>
    public required string FaultsJson { get; set; }
}
