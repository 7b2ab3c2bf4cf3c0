namespace SyncConsole.Components.Pages.Jobs;

/// <summary>What a dry run would do to one record.</summary>
public sealed record PlanEntry(string EntityType, string? RecordId, string? ExternalId, string Direction, string Action, string? Message);
