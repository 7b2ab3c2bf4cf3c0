namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>What arrived on the webhook endpoint.</summary>
/// <param name="Status">Whether the delivery is genuine and readable.</param>
/// <param name="Events">The parsed events (empty unless <see cref="Status"/> is <see cref="QuickBooksWebhookStatus.Accepted"/>).</param>
public sealed record QuickBooksWebhookReceipt(QuickBooksWebhookStatus Status, IReadOnlyList<QuickBooksWebhookEvent> Events);
