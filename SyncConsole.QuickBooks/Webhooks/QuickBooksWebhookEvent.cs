namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>One entity change announced by a QuickBooks webhook, in either body format.</summary>
/// <param name="EventId">
/// The dedupe identity: the CloudEvents <c>id</c>, or for the legacy format realm, entity, id, operation and time
/// (which a redelivery repeats exactly).
/// </param>
/// <param name="RealmId">The company the event belongs to; route by this.</param>
/// <param name="EntityName">The QuickBooks entity name, e.g. <c>Invoice</c>.</param>
/// <param name="EntityId">The entity's QuickBooks id.</param>
/// <param name="Operation">What happened.</param>
/// <param name="OccurredAt">When it happened, per QuickBooks; the source of truth for ordering.</param>
/// <param name="DeletedId">For a merge: the id of the entity merged away.</param>
/// <param name="Format">The body format the event came in.</param>
public sealed record QuickBooksWebhookEvent(
    string EventId,
    string RealmId,
    string EntityName,
    string EntityId,
    QuickBooksWebhookOperation Operation,
    DateTimeOffset OccurredAt,
    string? DeletedId,
    QuickBooksWebhookFormat Format);
