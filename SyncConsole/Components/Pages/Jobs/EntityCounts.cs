namespace SyncConsole.Components.Pages.Jobs;

/// <summary>What a job did for one entity type (the API's <c>entities</c> item).</summary>
public sealed record EntityCounts(
    string EntityType, string Direction, int Fetched, int Created, int Updated, int Deleted, int Skipped, int Conflicts, int Failed);
