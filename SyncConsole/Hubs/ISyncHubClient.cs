namespace SyncConsole.Hubs;

/// <summary>What the hub sends (shared/API.md live progress).</summary>
public interface ISyncHubClient
{
    Task JobProgress(JobProgressMessage message);

    Task JobFinished(JobFinishedMessage message);
}
