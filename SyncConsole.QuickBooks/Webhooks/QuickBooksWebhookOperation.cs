namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>What happened to the entity a webhook event names.</summary>
public enum QuickBooksWebhookOperation
{
    /// <summary>The entity was created.</summary>
    Create,

    /// <summary>The entity was changed.</summary>
    Update,

    /// <summary>The entity was deleted.</summary>
    Delete,

    /// <summary>Another entity (<see cref="QuickBooksWebhookEvent.DeletedId"/>) was merged into this one.</summary>
    Merge,

    /// <summary>The transaction was voided.</summary>
    Void,

    /// <summary>The transaction was e-mailed.</summary>
    Emailed,

    /// <summary>An operation this version does not know; re-read the entity to find out.</summary>
    Unknown,
}
