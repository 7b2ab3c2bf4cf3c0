using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Keeps invoices consistent with the payments applied to them: Balance and Payment LinkedTxn entries.</summary>
internal static class SandboxInvoiceLinks
{
    /// <summary>Invoice ids a payment applies to.</summary>
    public static IEnumerable<string> InvoiceIds(JsonObject payment) =>
        SandboxLineRules.Objects(payment)
            .SelectMany(l => (l["LinkedTxn"] as JsonArray ?? []).OfType<JsonObject>())
            .Where(t => SandboxJson.GetString(t, "TxnType") == "Invoice")
            .Select(t => SandboxJson.GetString(t, "TxnId"))
            .OfType<string>();

    /// <summary>Sets Balance = TotalAmt - applied payments, and one Payment LinkedTxn per applying payment.</summary>
    public static async Task ApplyBalanceAsync(SandboxSession session, JsonObject invoice, CancellationToken cancellationToken)
    {
        var invoiceId = SandboxJson.GetString(invoice, "Id");
        var applied = 0m;
        var links = new JsonArray();
        foreach (var link in (invoice["LinkedTxn"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (SandboxJson.GetString(link, "TxnType") != "Payment")
            {
                links.Add(link.DeepClone());
            }
        }

        var payments = await session.ListLiveAsync(SandboxEntity.Payment, cancellationToken);
        foreach (var payment in payments)
        {
            var amount = AppliedTo(payment, invoiceId);
            if (amount is { } value)
            {
                applied += value;
                links.Add(new JsonObject { ["TxnId"] = SandboxJson.GetString(payment, "Id"), ["TxnType"] = "Payment" });
            }
        }

        invoice["LinkedTxn"] = links;
        invoice["Balance"] = SandboxJson.Money((SandboxJson.GetDecimal(invoice, "TotalAmt") ?? 0m) - applied);
    }

    /// <summary>Recomputes the given invoices after a payment changed and records them as updated.</summary>
    public static async Task RelinkAsync(SandboxSession session, IEnumerable<string> invoiceIds, CancellationToken cancellationToken)
    {
        foreach (var id in invoiceIds.Distinct(StringComparer.Ordinal))
        {
            var previous = await session.FindAsync(SandboxEntity.Invoice, id, cancellationToken);
            if (previous is null)
            {
                continue;
            }

            var invoice = (JsonObject)previous.DeepClone();
            await ApplyBalanceAsync(session, invoice, cancellationToken);
            if (!JsonNode.DeepEquals(invoice["Balance"], previous["Balance"]) || !JsonNode.DeepEquals(invoice["LinkedTxn"], previous["LinkedTxn"]))
            {
                SandboxStamp.Updated(session, invoice, previous);
                session.Put(SandboxEntity.Invoice, invoice, SandboxOperation.Update);
            }
        }
    }

    public static async Task<bool> HasPaymentsAsync(SandboxSession session, string invoiceId, CancellationToken cancellationToken)
    {
        var payments = await session.ListLiveAsync(SandboxEntity.Payment, cancellationToken);
        return payments.Any(p => AppliedTo(p, invoiceId) is > 0m);
    }

    private static decimal? AppliedTo(JsonObject payment, string? invoiceId)
    {
        decimal? total = null;
        foreach (var line in SandboxLineRules.Objects(payment))
        {
            var linked = (line["LinkedTxn"] as JsonArray ?? []).OfType<JsonObject>()
                .Any(t => SandboxJson.GetString(t, "TxnType") == "Invoice" && SandboxJson.GetString(t, "TxnId") == invoiceId);
            if (linked)
            {
                total = (total ?? 0m) + (SandboxJson.GetDecimal(line, "Amount") ?? 0m);
            }
        }

        return total;
    }
}
