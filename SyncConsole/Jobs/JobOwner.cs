namespace SyncConsole.Jobs;

/// <summary>
/// The connection (and so the tenant) a Quartz job, trigger or run belongs to. Jobs without one are system jobs:
/// only admins see and drive them.
/// </summary>
public sealed record JobOwner(Guid TenantId, string? TenantName, string ConnectionId, string IntegrationId, bool Connected)
{
    /// <summary>How the page names the tenant: its name, else its id.</summary>
    public string TenantLabel => TenantName ?? TenantId.ToString();
}
