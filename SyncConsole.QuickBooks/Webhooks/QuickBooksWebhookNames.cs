namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>Normalizes entity and operation names of both webhook formats.</summary>
internal static class QuickBooksWebhookNames
{
    private static readonly string[] KnownEntities =
    [
        "Account", "Bill", "BillPayment", "Budget", "Class", "CreditMemo", "Currency", "Customer", "Department", "Deposit",
        "Employee", "Estimate", "Invoice", "Item", "JournalCode", "JournalEntry", "Payment", "PaymentMethod", "Preferences",
        "Purchase", "PurchaseOrder", "RefundReceipt", "SalesReceipt", "TaxAgency", "Term", "TimeActivity", "Transfer",
        "Vendor", "VendorCredit",
    ];

    /// <summary>QuickBooks' spelling of an entity name (CloudEvents types carry it lower-case).</summary>
    public static string Entity(string name)
    {
        var known = KnownEntities.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));
        return known ?? (name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..]);
    }

    /// <summary>Maps <c>Create</c> (legacy) and <c>created</c> (CloudEvents) alike.</summary>
    public static QuickBooksWebhookOperation Operation(string name) => name.ToUpperInvariant() switch
    {
        "CREATE" or "CREATED" => QuickBooksWebhookOperation.Create,
        "UPDATE" or "UPDATED" => QuickBooksWebhookOperation.Update,
        "DELETE" or "DELETED" => QuickBooksWebhookOperation.Delete,
        "MERGE" or "MERGED" => QuickBooksWebhookOperation.Merge,
        "VOID" or "VOIDED" => QuickBooksWebhookOperation.Void,
        "EMAILED" or "EMAIL" => QuickBooksWebhookOperation.Emailed,
        _ => QuickBooksWebhookOperation.Unknown,
    };
}
