namespace SyncConsole.Hubs;

/// <summary><c>JobFinished {job_id, status}</c>.</summary>
public sealed record JobFinishedMessage(string JobId, string Status);
