namespace SyncConsole.Sandbox;

/// <summary>One QuickBooks object of the emulator, as QuickBooks' own JSON.</summary>
public sealed class SandboxRecordRow
{
    public required string RealmId { get; init; }

    public required string Entity { get; init; }

    public required string Id { get; init; }

    public required string Json { get; set; }

    public DateTimeOffset LastUpdated { get; set; }

    public bool Deleted { get; set; }
}
