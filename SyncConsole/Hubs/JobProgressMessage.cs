using System.Text.Json;

namespace SyncConsole.Hubs;

/// <summary><c>JobProgress {job_id, status, progress, entities}</c>.</summary>
public sealed record JobProgressMessage(string JobId, string Status, double Progress, JsonElement Entities);
