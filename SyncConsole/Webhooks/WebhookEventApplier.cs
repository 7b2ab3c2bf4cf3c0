using Microsoft.EntityFrameworkCore;
using SyncConsole.Core.Orchestration;
using SyncConsole.Core.Rules;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;
using SyncConsole.Data;
using SyncConsole.Integrations;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Webhooks;
using SyncConsole.SyncJobs;

namespace SyncConsole.Webhooks;

/// <summary>
/// Applies verified QuickBooks webhook events: each event once (by identity), routed by realm to the connections of
/// that company, bumping the external version of the records it names; then an entity job for rules that sync
/// immediately. Events carry no field values, so the job reads the records themselves; the order events arrive in
/// does not matter.
/// </summary>
public sealed class WebhookEventApplier(
    IDbContextFactory<SyncConsoleDbContext> contexts, SyncRuleService rules, SyncJobService jobs, TimeProvider time)
{
    private const string Provider = QuickBooksServiceCollectionExtensions.ProviderId;

    public async Task<int> ApplyAsync(IReadOnlyList<QuickBooksWebhookEvent> events, CancellationToken cancellationToken)
    {
        var applied = 0;
        var touched = new HashSet<(ConnectionRow Connection, EntityType EntityType)>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var (realmId, realmEvents) in QuickBooksWebhookRouting.ByRealm(events))
        {
            var connections = await db.Connections
                .Where(c => c.IntegrationId == Provider && c.ExternalAccountId == realmId && c.Status == ConnectionStatuses.Connected)
                .ToListAsync(cancellationToken);
            foreach (var e in realmEvents)
            {
                if (await db.WebhookEvents.AnyAsync(w => w.Provider == Provider && w.EventId == e.EventId, cancellationToken))
                {
                    continue;
                }

                db.WebhookEvents.Add(new WebhookEventRow
                {
                    Provider = Provider,
                    EventId = e.EventId,
                    ExternalAccountId = realmId,
                    // QuickBooks stamps events in the company's offset (-07:00); we keep every time in UTC.
                    OccurredAt = e.OccurredAt.ToUniversalTime(),
                    ReceivedAt = time.GetUtcNow(),
                });
                applied++;
                if (!EntityTypes.TryParse(e.EntityName.ToLowerInvariant(), out var entityType))
                {
                    continue;
                }

                foreach (var connection in connections)
                {
                    await ObserveAsync(db, connection, entityType.Value, e.EntityId, cancellationToken);
                    touched.Add((connection, entityType.Value));
                }
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same events won the insert; this one's changes rolled back as a whole,
            // so the events are applied exactly once and this delivery is a duplicate. Anything else is a real failure.
            if (!await AllRecordedAsync(events, cancellationToken))
            {
                throw;
            }

            return 0;
        }

        foreach (var (connection, entityType) in touched)
        {
            var rule = (await rules.GetAsync(connection.TenantId, connection.IntegrationId, cancellationToken)).Single(r => r.EntityType == entityType);
            if (rule.SyncTrigger == SyncTrigger.Immediate && rule.AllowsInbound && rule.ChangeSource is ChangeSource.Webhook or ChangeSource.Hybrid)
            {
                await jobs.RequestAsync(new SyncJobRequestInput(
                    connection.TenantId, connection.Id, connection.IntegrationId, SyncJobType.Entity, [entityType], false, "webhook", "webhook:quickbooks"),
                    cancellationToken);
            }
        }

        return applied;
    }

    private async Task<bool> AllRecordedAsync(IReadOnlyList<QuickBooksWebhookEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.EventId).Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookEvents.CountAsync(w => w.Provider == Provider && ids.Contains(w.EventId), cancellationToken) == ids.Count;
    }

    // A change the provider told us about: the record's external version moves on, so the next sync pulls it.
    private async Task ObserveAsync(SyncConsoleDbContext db, ConnectionRow connection, EntityType entityType, string externalId, CancellationToken cancellationToken)
    {
        var type = entityType.ToWireName();
        var state = await db.SyncStates.SingleOrDefaultAsync(
            s => s.TenantId == connection.TenantId && s.ConnectionId == connection.Id && s.EntityType == type && s.ExternalId == externalId,
            cancellationToken);
        if (state is null)
        {
            return;
        }

        state.ExternalVersion++;
        state.Status = state.Status == RecordSyncStatus.Synced.ToWireName() ? RecordSyncStatus.PendingInbound.ToWireName() : state.Status;
        state.UpdatedAt = time.GetUtcNow();
    }
}
