namespace SyncConsole.SyncJobs;

/// <summary>Carries job updates to the other nodes of a cluster (fire and forget; a lost update is only a late bar).</summary>
public interface IJobUpdateTransport
{
    void Send(SyncJobUpdate update);
}
