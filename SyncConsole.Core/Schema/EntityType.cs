namespace SyncConsole.Core.Schema;

/// <summary>The entity types SyncConsole synchronises. Wire names are lower case (<c>vendor</c>, <c>invoice</c>…).</summary>
public enum EntityType
{
    /// <summary>A chart-of-accounts entry (name list).</summary>
    Account = 1,

    /// <summary>A product or service (name list).</summary>
    Item,

    /// <summary>A customer (name list).</summary>
    Customer,

    /// <summary>A vendor (name list).</summary>
    Vendor,

    /// <summary>A sales invoice (transaction).</summary>
    Invoice,

    /// <summary>A vendor bill (transaction).</summary>
    Bill,

    /// <summary>A customer payment (transaction).</summary>
    Payment,
}
