namespace SyncConsole.Tenancy;

/// <summary>A customer of SyncConsole: everything else belongs to exactly one tenant.</summary>
public sealed class Tenant
{
    public required Guid Id { get; init; }

    public required string Name { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }
}
