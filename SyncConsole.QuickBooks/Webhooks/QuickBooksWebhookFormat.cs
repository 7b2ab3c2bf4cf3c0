namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>Which QuickBooks webhook body format an event came in.</summary>
public enum QuickBooksWebhookFormat
{
    /// <summary>The legacy <c>eventNotifications</c> object.</summary>
    Legacy,

    /// <summary>The CloudEvents 1.0 array.</summary>
    CloudEvents,
}
