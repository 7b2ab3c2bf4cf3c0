namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>Drops duplicate events (same <see cref="QuickBooksWebhookEvent.EventId"/>) and groups the rest by realm in time order.</summary>
public static class QuickBooksWebhookRouting
{
    /// <summary>
    /// Groups events by <see cref="QuickBooksWebhookEvent.RealmId"/>, keeping the first of each identity, ordered by
    /// <see cref="QuickBooksWebhookEvent.OccurredAt"/> (deliveries can arrive out of order).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<QuickBooksWebhookEvent>> ByRealm(IEnumerable<QuickBooksWebhookEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events
            .DistinctBy(e => e.EventId, StringComparer.Ordinal)
            .GroupBy(e => e.RealmId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<QuickBooksWebhookEvent>)[.. g.OrderBy(e => e.OccurredAt).ThenBy(e => e.EventId, StringComparer.Ordinal)],
                StringComparer.Ordinal);
    }

    /// <summary>
    /// The newest event per entity (realm, entity name, id): since payloads carry no field values, one re-read per
    /// entity covers all its events.
    /// </summary>
    public static IReadOnlyList<QuickBooksWebhookEvent> LatestPerEntity(IEnumerable<QuickBooksWebhookEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return [.. events
            .GroupBy(e => (e.RealmId, e.EntityName, e.EntityId))
            .Select(g => g.MaxBy(e => e.OccurredAt)!)
            .OrderBy(e => e.OccurredAt)];
    }
}
