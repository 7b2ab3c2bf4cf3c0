namespace SyncConsole.Core.Ports;

/// <summary>What a write to the provider does.</summary>
public enum ExternalWriteOperation
{
    /// <summary>Create a new record.</summary>
    Create = 1,

    /// <summary>Replace the writable fields of an existing record (inactivation is an update with <c>active = false</c>).</summary>
    Update,

    /// <summary>Hard-delete a transaction.</summary>
    Delete,

    /// <summary>Void a transaction (it stays, with zero amounts).</summary>
    Void,
}
