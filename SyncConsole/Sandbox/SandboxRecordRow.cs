using SyncConsole.QuickBooks.Sandbox.Storage;

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

    /// <summary>
    /// The object's display-name key (<see cref="SandboxDisplayNames"/>), indexed: checking that display names are unique
    /// on every Customer or Vendor write must not read the whole company.
    /// </summary>
    public string? DisplayNameKey { get; set; }

    /// <summary>
    /// The object's <c>Active</c> flag (<see cref="SandboxRecordHeader.ActiveOf"/>; null for transactions): a full
    /// read of a company filters every row on it, which must not read every object's JSON.
    /// </summary>
    public bool? Active { get; set; }
}
