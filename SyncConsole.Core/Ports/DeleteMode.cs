namespace SyncConsole.Core.Ports;

/// <summary>How a provider removes a record of one entity type.</summary>
public enum DeleteMode
{
    /// <summary>Set <c>active = false</c> (name lists: vendor, customer, account, item).</summary>
    Inactivate = 1,

    /// <summary>Hard delete (transactions: invoice, bill, payment).</summary>
    Delete,

    /// <summary>Void: the transaction stays with zero amounts.</summary>
    Void,
}
