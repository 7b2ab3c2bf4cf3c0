using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Data;
using SyncConsole.Sync;
using SyncConsole.SyncJobs;

namespace SyncConsole.DeadLetters;

/// <summary>
/// Reads each page of a job's per-record results that came without a commit after they are stored: a record that has
/// now failed in <see cref="DeadLetterOptions.FailedJobsThreshold"/> consecutive jobs (or failed for good) is
/// dead-lettered, and a replayed record that syncs again is marked resolved (a commit's results resolve it with the
/// commit, see <see cref="ReplayedLetters"/>). The streak is counted from sync_job_results, the history that
/// exists anyway, starting after the record's last replay.
/// </summary>
internal sealed class DeadLetterRecorder(
    IDbContextFactory<SyncConsoleDbContext> contexts, IOptions<DeadLetterOptions> options, TimeProvider time)
{
    // Enough history to see any streak up to the largest threshold, with room for several results per job.
    private const int HistoryLimit = 500;

    public async Task RecordAsync(Guid tenantId, string jobId, IReadOnlyList<RecordResult> results, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var job = await db.SyncJobs.AsNoTracking().Where(j => j.TenantId == tenantId && j.Id == jobId)
            .Select(j => new { j.ConnectionId, j.IntegrationId }).SingleAsync(cancellationToken);
        await ReplayedLetters.ResolveAsync(db, tenantId, job.ConnectionId, results, time.GetUtcNow(), cancellationToken);
        foreach (var failure in results.Where(r => r.Action == ResultAction.Failed))
        {
            await RecordFailureAsync(db, tenantId, job.ConnectionId, job.IntegrationId, jobId, failure, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, string integrationId, string jobId, RecordResult failure,
        CancellationToken cancellationToken)
    {
        var type = failure.EntityType.ToWireName();
        var state = await db.SyncStates.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.ConnectionId == connectionId && s.EntityType == type)
            .Where(StateOf(failure))
            .SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return;
        }

        var latest = await db.DeadLetters
            .Where(d => d.TenantId == tenantId && d.ConnectionId == connectionId && d.StateId == state.StateId)
            .OrderByDescending(d => d.FirstFailedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is { Status: DeadLetterStatuses.Open })
        {
            // Still parked, yet it came through a change feed and failed again.
            Fail(latest, failure, jobId, latest.Attempts + 1);
            return;
        }

        var since = latest?.ResolvedAt ?? latest?.ReplayedAt ?? DateTimeOffset.MinValue;
        var (streak, firstFailedAt) = await StreakAsync(db, tenantId, connectionId, type, state, since, cancellationToken);
        if (!failure.Permanent && streak < options.Value.FailedJobsThreshold)
        {
            return;
        }

        var letter = latest is { Status: DeadLetterStatuses.Replayed } ? latest : null;
        if (letter is null)
        {
            letter = new DeadLetterRow
            {
                Id = Guid.NewGuid().ToString("D"),
                TenantId = tenantId,
                ConnectionId = connectionId,
                IntegrationId = integrationId,
                EntityType = type,
                StateId = state.StateId,
                Direction = failure.Direction.ToWireName(),
                Operation = string.Empty,
                Error = string.Empty,
                LastJobId = jobId,
                Status = DeadLetterStatuses.Open,
                FirstFailedAt = firstFailedAt ?? failure.At,
            };
            db.DeadLetters.Add(letter);
        }

        letter.Status = DeadLetterStatuses.Open;
        letter.FirstFailedAt = firstFailedAt ?? failure.At;
        letter.RecordId = state.InternalId;
        letter.ExternalId = state.ExternalId;
        letter.Direction = failure.Direction.ToWireName();
        letter.Operation = await OperationAsync(db, tenantId, type, state, failure.Direction, cancellationToken);
        letter.Payload = state.InternalId is null ? null : await db.Records.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.EntityType == type && r.Id == state.InternalId && !r.Deleted)
            .Select(r => r.Body).SingleOrDefaultAsync(cancellationToken);
        letter.Permanent = failure.Permanent;
        Fail(letter, failure, jobId, Math.Max(streak, 1));
    }

    private static void Fail(DeadLetterRow letter, RecordResult failure, string jobId, int attempts)
    {
        letter.Error = failure.Message ?? "The record failed.";
        letter.Attempts = attempts;
        letter.LastFailedAt = failure.At;
        letter.LastJobId = jobId;
    }

    // Consecutive jobs, newest first, whose results for this record were failures (a job with any other result ends it).
    private static async Task<(int Streak, DateTimeOffset? FirstFailedAt)> StreakAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, string type, SyncStateRow state, DateTimeOffset since,
        CancellationToken cancellationToken)
    {
        var history = await (
                from r in db.SyncJobResults.AsNoTracking().Where(r => r.TenantId == tenantId && r.EntityType == type).Where(SameRecord(state))
                join j in db.SyncJobs.AsNoTracking() on new { r.TenantId, r.JobId } equals new { j.TenantId, JobId = j.Id }
                where j.ConnectionId == connectionId && r.At > since
                orderby r.Id descending
                select new { r.JobId, r.Action, r.At })
            .Take(HistoryLimit)
            .ToListAsync(cancellationToken);
        var jobs = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? first = null;
        foreach (var result in history)
        {
            if (result.Action != ResultAction.Failed.ToWireName())
            {
                break;
            }

            jobs.Add(result.JobId);
            first = result.At;
        }

        return (jobs.Count, first);
    }

    private static Expression<Func<SyncStateRow, bool>> StateOf(RecordResult failure) => failure.RecordId is { } rid
        ? s => s.InternalId == rid
        : s => s.ExternalId == failure.ExternalId;

    private static Expression<Func<SyncJobResultRow, bool>> SameRecord(SyncStateRow state) => (state.InternalId, state.ExternalId) switch
    {
        ({ } rid, { } xid) => r => r.RecordId == rid || r.ExternalId == xid,
        ({ } rid, null) => r => r.RecordId == rid,
        (null, { } xid) => r => r.ExternalId == xid,
        (null, null) => r => false,
    };

    private static async Task<string> OperationAsync(
        SyncConsoleDbContext db, Guid tenantId, string type, SyncStateRow state, ChangeDirection direction, CancellationToken cancellationToken)
    {
        var deleted = state.InternalId is not null && await db.Records.AsNoTracking()
            .AnyAsync(r => r.TenantId == tenantId && r.EntityType == type && r.Id == state.InternalId && r.Deleted, cancellationToken);
        return direction switch
        {
            ChangeDirection.Outbound => deleted ? "delete" : state.ExternalId is null ? "create" : "update",
            ChangeDirection.Inbound => state.InternalId is null ? "create" : "update",
        };
    }
}
