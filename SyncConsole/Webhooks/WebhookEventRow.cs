namespace SyncConsole.Webhooks;

/// <summary>
/// A provider webhook event already applied, by its identity: a duplicate delivery finds it and changes nothing.
/// A system table: one provider account can be connected by more than one tenant.
/// </summary>
public sealed class WebhookEventRow
{
    public required string Provider { get; init; }

    public required string EventId { get; init; }

    public required string ExternalAccountId { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
