using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Payment rules: CustomerRef and TotalAmt, lines linked to live invoices, UnappliedAmt.</summary>
internal static class SandboxPaymentRules
{
    public static async Task PrepareAsync(SandboxSession session, JsonObject obj, CancellationToken cancellationToken)
    {
        await SandboxReferences.ResolveAsync(session, obj, "CustomerRef", "CustomerRef", SandboxEntity.Customer, required: true, cancellationToken);
        var total = SandboxJson.GetDecimal(obj, "TotalAmt") ?? throw SandboxFaultException.Required("TotalAmt");
        total = SandboxJson.Money(total);
        obj["TotalAmt"] = total;
        var applied = 0m;
        var lines = SandboxLineRules.Objects(obj);
        foreach (var line in lines)
        {
            var amount = SandboxJson.GetDecimal(line, "Amount") ?? throw SandboxFaultException.Required("Line.Amount");
            line["Amount"] = SandboxJson.Money(amount);
            applied += amount;
            foreach (var link in (line["LinkedTxn"] as JsonArray ?? []).OfType<JsonObject>())
            {
                await CheckLinkAsync(session, link, cancellationToken);
            }
        }

        if (applied > total)
        {
            throw SandboxFaultException.Business("The payment amount must be at least the total applied to transactions.");
        }

        obj["Line"] = new JsonArray([.. lines]);
        obj["UnappliedAmt"] = SandboxJson.Money(total - applied);
        obj["ProcessPayment"] ??= false;
        SandboxLineRules.DefaultDates(session, obj);
        obj.Remove("DueDate");
        SandboxReferences.DefaultCurrency(obj);
        await SandboxReferences.ResolveAsync(session, obj, "DepositToAccountRef", "DepositToAccountRef", SandboxEntity.Account, required: false, cancellationToken);
    }

    private static async Task CheckLinkAsync(SandboxSession session, JsonObject link, CancellationToken cancellationToken)
    {
        var type = SandboxJson.GetString(link, "TxnType") ?? throw SandboxFaultException.Required("Line.LinkedTxn.TxnType");
        if (type != "Invoice")
        {
            throw SandboxFaultException.InvalidEnumeration("Line.LinkedTxn.TxnType", type);
        }

        var id = SandboxJson.GetString(link, "TxnId") ?? throw SandboxFaultException.Required("Line.LinkedTxn.TxnId");
        var record = await session.FindRecordAsync(SandboxEntity.Invoice, id, cancellationToken)
            ?? throw SandboxFaultException.InvalidReference("Line.LinkedTxn.TxnId", id);
        if (record.Deleted)
        {
            throw SandboxFaultException.Deleted("Line.LinkedTxn.TxnId");
        }
    }
}
