using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Quartz;
using SyncConsole.Audit;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.SyncJobs;

/// <summary>
/// Requests, cancels and retries sync jobs. A job row is the truth; Quartz only carries the work: one durable Quartz
/// job per connection (so a connection never runs two syncs at once, on any node) with one trigger per request.
/// </summary>
public sealed class SyncJobService(
    IDbContextFactory<SyncConsoleDbContext> contexts, ISchedulerFactory schedulers, TimeProvider time)
{
    public const string QuartzGroup = "sync";
    internal const string JobIdKey = "job_id";
    public const string RetriedAction = "sync_job.retried";
    private const string RetryTriggerInfix = ":retry:";

    /// <summary>Queues a job, or returns the equivalent job already waiting for this connection (the request joins it).</summary>
    public Task<SyncJobRow> RequestAsync(SyncJobRequestInput input, CancellationToken cancellationToken) =>
        RequestAsync(input, null, cancellationToken);

    // With an audit entry for the request, written with the new job row (or on its own when the request joins a job).
    private async Task<SyncJobRow> RequestAsync(SyncJobRequestInput input, Func<SyncJobRow, AuditEntry>? audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var type = input.JobType.ToWireName();
        var entities = JsonSerializer.Serialize(input.EntityTypes.Select(e => e.ToWireName()).OrderBy(e => e, StringComparer.Ordinal));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = await db.SyncJobs.AsNoTracking()
            .Where(j => j.TenantId == input.TenantId && j.ConnectionId == input.ConnectionId && j.Status == "queued" && !j.CancelRequested)
            .Where(j => j.JobType == type && j.DryRun == input.DryRun && j.EntityTypesJson == entities)
            .FirstOrDefaultAsync(cancellationToken);
        if (waiting is not null)
        {
            if (audit is not null)
            {
                db.AuditEntries.Add(audit(waiting));
                await db.SaveChangesAsync(cancellationToken);
            }

            return waiting;
        }

        var row = new SyncJobRow
        {
            Id = Guid.NewGuid().ToString("D"),
            TenantId = input.TenantId,
            ConnectionId = input.ConnectionId,
            IntegrationId = input.IntegrationId,
            JobType = type,
            EntityTypesJson = entities,
            DryRun = input.DryRun,
            Trigger = input.Trigger,
            Status = JobStatus.Queued.ToWireName(),
            RequestedBy = input.RequestedBy,
            RetryOf = input.RetryOf,
            RequestedAt = time.GetUtcNow(),
        };
        db.SyncJobs.Add(row);
        if (audit is not null)
        {
            db.AuditEntries.Add(audit(row));
        }

        await db.SaveChangesAsync(cancellationToken);
        await ScheduleAsync(row.ConnectionId, row.Id, row.Id, null, cancellationToken);
        return row;
    }

    /// <summary>Fires the (queued) job again at <paramref name="at"/>, after a transient failure.</summary>
    internal Task ScheduleRetryAsync(SyncJobRow row, DateTimeOffset at, CancellationToken cancellationToken) =>
        ScheduleAsync(row.ConnectionId, row.Id, $"{row.Id}{RetryTriggerInfix}{row.RetryAttempt}", at, cancellationToken);

    /// <summary>
    /// The sync job a firing of a connection's Quartz job ran, from its trigger: triggers are named after the job
    /// (<c>{job id}</c>, or <c>{job id}:retry:{n}</c> after a transient failure). Null for a trigger of another group or
    /// one fired by hand (<c>TriggerJob</c>), which carries no job.
    /// </summary>
    public static string? JobIdOfTrigger(string triggerGroup, string triggerName)
    {
        ArgumentNullException.ThrowIfNull(triggerName);
        return triggerGroup == QuartzGroup ? triggerName.Split(RetryTriggerInfix)[0] : null;
    }

    /// <summary>Asks a job to stop: a queued one never starts, a running one stops at its next page. False when finished.</summary>
    public async Task<bool> CancelAsync(Guid tenantId, string jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SyncJobs.SingleAsync(j => j.TenantId == tenantId && j.Id == jobId, cancellationToken);
        if (SyncJobWireNames.IsFinished(row.Status))
        {
            return false;
        }

        row.CancelRequested = true;
        if (row.Status == JobStatus.Queued.ToWireName())
        {
            row.Status = JobStatus.Cancelled.ToWireName();
            row.FinishedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Only failed or cancelled jobs are run again.</summary>
    public static bool CanRetry(SyncJobRow row) => row?.Status is "failed" or "cancelled";

    /// <summary>
    /// Runs a failed or cancelled job again as a new job that points back at it, audited in the tenant's trail. The one
    /// way to retry a sync job: the API, the job page and the Background jobs page all come here.
    /// </summary>
    public Task<SyncJobRow> RetryAsync(SyncJobRow row, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!CanRetry(row))
        {
            throw new InvalidOperationException($"Only failed or cancelled jobs can be retried; the job is {row.Status}.");
        }

        return RequestAsync(
            new SyncJobRequestInput(
                row.TenantId, row.ConnectionId, row.IntegrationId, SyncJobWireNames.ParseJobType(row.JobType),
                SyncJobJson.ReadEntityTypes(row.EntityTypesJson), row.DryRun, row.Trigger, actor, row.Id),
            retry => AuditEntries.Create(row.TenantId, time.GetUtcNow(), actor, RetriedAction, null, row.Id,
                new { job_id = row.Id, row.Status, row.Error }, new { job_id = retry.Id, retry_of = row.Id, retry.Status }),
            cancellationToken);
    }

    private async Task ScheduleAsync(string connectionId, string jobId, string triggerName, DateTimeOffset? at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobKey = new JobKey(connectionId, QuartzGroup);
        if (!await scheduler.Exists(jobKey, cancellationToken))
        {
            var detail = JobBuilder.Create<SyncQuartzJob>()
                .WithIdentity(jobKey)
                .WithDescription("Sync runs of one connection, one at a time")
                .StoreDurably()
                .RequestRecovery()
                .Build();
            await scheduler.AddJob(detail, new AddJobOptions { Replace = true }, cancellationToken);
        }

        var builder = TriggerBuilder.Create(time)
            .WithIdentity(triggerName, QuartzGroup)
            .ForJob(jobKey)
            .UsingJobData(JobIdKey, jobId);
        var trigger = (at is { } start ? builder.StartAt(start) : builder.StartNow()).Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), cancellationToken);
    }
}
