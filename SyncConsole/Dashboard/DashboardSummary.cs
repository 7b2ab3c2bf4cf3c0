using SyncConsole.SyncJobs;

namespace SyncConsole.Dashboard;

/// <summary>Everything the dashboard shows for one tenant, read in one go.</summary>
public sealed record DashboardSummary(
    IReadOnlyList<ConnectionHealth> Connections, IReadOnlyList<SyncJobRow> RecentJobs, int OpenConflicts)
{
    public int PendingInbound => Connections.Sum(c => c.PendingInbound);

    public int PendingOutbound => Connections.Sum(c => c.PendingOutbound);
}

/// <summary>
/// One connection's health: status, last sync, backlog and failures from the stored record states (as the
/// sync-status API counts them), and its API budget use when the provider reports one.
/// </summary>
public sealed record ConnectionHealth(
    string IntegrationId, string Status, string? ExternalAccountId, DateTimeOffset? LastSyncAt,
    int PendingInbound, int PendingOutbound, int Conflicts, int Failed, ApiBudget? Budget);

/// <summary>Requests in the last minute against the per-minute limit, and requests in flight against the concurrency limit.</summary>
public sealed record ApiBudget(int RequestsLastMinute, int RequestsPerMinute, int InFlight, int MaxConcurrent)
{
    public double MinuteShare => RequestsPerMinute == 0 ? 0 : Math.Min(1, (double)RequestsLastMinute / RequestsPerMinute);
}
