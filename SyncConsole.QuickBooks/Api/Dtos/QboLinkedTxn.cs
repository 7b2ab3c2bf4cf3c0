namespace SyncConsole.QuickBooks.Api.Dtos;

/// <summary>A link to another transaction, e.g. the invoice a payment line pays.</summary>
internal sealed record QboLinkedTxn(string TxnId, string TxnType);
