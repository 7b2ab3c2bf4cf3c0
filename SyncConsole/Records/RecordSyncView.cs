namespace SyncConsole.Records;

/// <summary>A record's sync state on one connection (the API's <c>sync</c> block, plus the last message and when it moved).</summary>
public sealed record RecordSyncView(
    string IntegrationId, long InternalVersion, long ExternalVersion, long LastSyncVersion, string Status, string? ExternalId, string? Message,
    DateTimeOffset UpdatedAt);
