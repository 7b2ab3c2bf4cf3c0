namespace SyncConsole.Tenancy;

/// <summary>
/// The tenant a DI scope works for: set once by whoever opens the scope (a request from the caller's token, a job
/// from its row), read by every tenant-owned store in it. Reading it before it is set is a bug, not a default.
/// </summary>
public sealed class TenantScope
{
    private Guid? tenantId;

    public Guid TenantId => tenantId ?? throw new InvalidOperationException("No tenant was set for this scope.");

    /// <summary>Who acts in this scope, for change logs and audit: a user's subject or <c>job:{id}</c>.</summary>
    public string Actor { get; set; } = "system";

    public void Set(Guid id)
    {
        if (tenantId is { } current && current != id)
        {
            throw new InvalidOperationException("A scope works for one tenant only.");
        }

        tenantId = id;
    }
}
