using SyncConsole.Core.Orchestration;

namespace SyncConsole.SyncJobs;

/// <summary>
/// The one broadcaster of live job events. Subscribers (console pages, the hub relay) get every update and filter
/// by tenant themselves; a subscriber that throws does not stop the others or the job. With several nodes, updates
/// also travel to the other nodes (<see cref="IJobUpdateTransport"/>), whose broadcasters hand them to their own
/// subscribers.
/// </summary>
public sealed class SyncJobBroadcaster(ILogger<SyncJobBroadcaster> logger, IJobUpdateTransport? transport = null)
{
    private readonly Lock gate = new();
    private List<Action<SyncJobUpdate>> subscribers = [];

    public IDisposable Subscribe(Action<SyncJobUpdate> onUpdate)
    {
        lock (gate)
        {
            subscribers = [.. subscribers, onUpdate];
        }

        return new Subscription(this, onUpdate);
    }

    public void Progress(Guid tenantId, string jobId, string status, double progress, IReadOnlyList<EntityJobSummary> entities) =>
        Publish(new SyncJobUpdate(tenantId, jobId, status, progress, entities, Finished: false));

    public void Finished(Guid tenantId, string jobId, string status, double progress, IReadOnlyList<EntityJobSummary> entities) =>
        Publish(new SyncJobUpdate(tenantId, jobId, status, progress, entities, Finished: true));

    internal void Publish(SyncJobUpdate update)
    {
        PublishLocal(update);
        transport?.Send(update);
    }

    /// <summary>Hands an update to this node's subscribers only (updates that came from another node).</summary>
    internal void PublishLocal(SyncJobUpdate update)
    {
        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber(update);
            }
#pragma warning disable CA1031 // A listener's failure must not fail the job that reports.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning(ex, "A job update listener failed");
            }
        }
    }

    private void Unsubscribe(Action<SyncJobUpdate> onUpdate)
    {
        lock (gate)
        {
            subscribers = [.. subscribers.Where(s => s != onUpdate)];
        }
    }

    private sealed class Subscription(SyncJobBroadcaster owner, Action<SyncJobUpdate> onUpdate) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onUpdate);
    }
}
