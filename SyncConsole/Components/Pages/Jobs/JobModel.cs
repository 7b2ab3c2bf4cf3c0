using System.Text.Json;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.SyncJobs;

namespace SyncConsole.Components.Pages.Jobs;

/// <summary>A sync job as the console shows it: its row, moved on by live updates while it runs.</summary>
public sealed record JobModel(
    string Id,
    string IntegrationId,
    string JobType,
    IReadOnlyList<string> EntityTypes,
    bool DryRun,
    string Status,
    string Trigger,
    double Progress,
    IReadOnlyList<EntityCounts> Entities,
    IReadOnlyList<PlanEntry>? Plan,
    string? Error,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string RequestedBy,
    string? RetryOf)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public bool IsFinished => SyncJobWireNames.IsFinished(Status);

    public bool CanCancel => !IsFinished;

    public bool CanRetry => Status is "failed" or "cancelled";

    /// <summary>Progress in percent, for progress bars.</summary>
    public double Percent => Math.Round(Math.Clamp(Progress, 0, 1) * 100, 1);

    public static JobModel From(SyncJobRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(
            row.Id, row.IntegrationId, row.JobType, JsonSerializer.Deserialize<string[]>(row.EntityTypesJson) ?? [], row.DryRun, row.Status,
            row.Trigger, row.Progress, JsonSerializer.Deserialize<EntityCounts[]>(row.EntitiesJson, Json) ?? [],
            row.PlanJson is null ? null : JsonSerializer.Deserialize<PlanEntry[]>(row.PlanJson, Json), row.Error, row.RequestedAt,
            row.StartedAt, row.FinishedAt, row.RequestedBy, row.RetryOf);
    }

    /// <summary>This job as a live update reports it (finished updates are followed by a reload of the row).</summary>
    public JobModel With(SyncJobUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return this with
        {
            Status = update.Status,
            Progress = update.Progress,
            Entities = [.. update.Entities.Select(e => new EntityCounts(
                e.EntityType.ToWireName(), e.Direction.ToWireName(), e.Fetched, e.Created, e.Updated, e.Deleted, e.Skipped, e.Conflicts, e.Failed))],
        };
    }
}
