using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using SyncConsole.SyncJobs;

namespace SyncConsole.Hubs;

/// <summary>The hub's path of the one broadcaster: every job update goes to its tenant's group and its job's group.</summary>
internal sealed class SyncHubRelay(SyncJobBroadcaster broadcaster, IHubContext<SyncHub, ISyncHubClient> hub) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = broadcaster.Subscribe(update => _ = SendAsync(update));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task SendAsync(SyncJobUpdate update)
    {
        var groups = new[] { SyncHub.TenantGroup(update.TenantId), SyncHub.JobGroup(update.TenantId, update.JobId) };
        var clients = hub.Clients.Groups(groups);
        if (update.Finished)
        {
            await clients.JobFinished(new JobFinishedMessage(update.JobId, update.Status));
        }

        var entities = JsonDocument.Parse(SyncJobJson.WriteEntities(update.Entities)).RootElement.Clone();
        await clients.JobProgress(new JobProgressMessage(update.JobId, update.Status, update.Progress, entities));
    }
}
