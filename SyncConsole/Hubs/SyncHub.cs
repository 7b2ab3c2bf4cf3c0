using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.Security;

namespace SyncConsole.Hubs;

/// <summary>
/// <c>/hubs/sync</c>: clients only join groups; events come from <see cref="SyncHubRelay"/>. Groups are named by
/// tenant, so a client can only ever hear its own tenant's jobs, and a job of another tenant cannot be joined.
/// </summary>
[Authorize(Policy = SyncConsolePolicies.Viewer)]
public sealed class SyncHub(IDbContextFactory<SyncConsoleDbContext> contexts) : Hub<ISyncHubClient>
{
    public Task JoinTenant() => Groups.AddToGroupAsync(Context.ConnectionId, TenantGroup(Context.User!.TenantId()));

    public async Task JoinJob(string jobId)
    {
        var tenantId = Context.User!.TenantId();
        await using var db = await contexts.CreateDbContextAsync(Context.ConnectionAborted);
        if (!await db.SyncJobs.AnyAsync(j => j.TenantId == tenantId && j.Id == jobId, Context.ConnectionAborted))
        {
            throw new HubException("No such job.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, JobGroup(tenantId, jobId));
    }

    internal static string TenantGroup(Guid tenantId) => $"tenant:{tenantId}";

    internal static string JobGroup(Guid tenantId, string jobId) => $"job:{tenantId}:{jobId}";
}
