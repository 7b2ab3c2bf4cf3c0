using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Schema;
using SyncConsole.Data;

namespace SyncConsole.DeadLetters;

/// <summary>A replayed dead letter is resolved by the first result that shows its record syncing again.</summary>
internal static class ReplayedLetters
{
    /// <summary>
    /// Marks resolved the replayed letters of the records that <paramref name="results"/> show succeeding, in one
    /// statement of the caller's transaction (so it commits with the results).
    /// </summary>
    public static async Task ResolveAsync(
        SyncConsoleDbContext db, Guid tenantId, string connectionId, IEnumerable<RecordResult> results, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var successes = results.Where(r => r.Action is ResultAction.Created or ResultAction.Updated or ResultAction.Deleted or ResultAction.Skipped).ToList();
        var types = successes.Select(r => r.EntityType.ToWireName()).Distinct().ToList();
        var recordIds = successes.Select(r => r.RecordId).OfType<string>().Distinct().ToList();
        var externalIds = successes.Select(r => r.ExternalId).OfType<string>().Distinct().ToList();
        if (recordIds.Count == 0 && externalIds.Count == 0)
        {
            return;
        }

        await db.DeadLetters
            .Where(d => d.TenantId == tenantId && d.ConnectionId == connectionId && d.Status == DeadLetterStatuses.Replayed)
            .Where(d => types.Contains(d.EntityType))
            .Where(d => (d.RecordId != null && recordIds.Contains(d.RecordId)) || (d.ExternalId != null && externalIds.Contains(d.ExternalId)))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, DeadLetterStatuses.Resolved).SetProperty(d => d.ResolvedAt, now),
                cancellationToken);
    }
}
