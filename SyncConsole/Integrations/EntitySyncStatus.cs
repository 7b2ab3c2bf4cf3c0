namespace SyncConsole.Integrations;

/// <summary>One entity's sync status on a connection (shared/API.md <c>sync-status</c>): its rule, cursor and record counts.</summary>
public sealed record EntitySyncStatus(
    string EntityType, bool Enabled, string Direction, DateTimeOffset? LastSyncAt, string? Cursor,
    int Synced, int PendingInbound, int PendingOutbound, int Conflicts, int Failed);
