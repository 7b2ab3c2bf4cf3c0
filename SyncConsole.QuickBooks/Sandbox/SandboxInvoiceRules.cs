using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Invoice rules: CustomerRef, sales lines with valid items, an appended SubTotal line, TotalAmt and Balance (minus
/// linked payments), an automatic DocNumber and addresses copied from the customer.
/// </summary>
internal static class SandboxInvoiceRules
{
    public static async Task PrepareAsync(SandboxSession session, JsonObject obj, JsonObject? previous, CancellationToken cancellationToken)
    {
        var customer = await SandboxReferences.ResolveAsync(session, obj, "CustomerRef", "CustomerRef", SandboxEntity.Customer, required: true, cancellationToken);
        // The SubTotal line is computed; whatever the caller sent for it is replaced.
        var lines = SandboxLineRules.Objects(obj).Where(l => SandboxJson.GetString(l, "DetailType") != "SubTotalLineDetail").ToList();
        if (lines.Count == 0)
        {
            throw SandboxFaultException.Required("Line");
        }

        var total = 0m;
        foreach (var line in lines)
        {
            total += await LineAsync(session, line, cancellationToken);
        }

        SandboxLineRules.Number(lines);
        total = SandboxJson.Money(total);
        var subTotal = new JsonObject
        {
            ["Amount"] = total,
            ["DetailType"] = "SubTotalLineDetail",
            ["SubTotalLineDetail"] = new JsonObject(),
        };
        obj["Line"] = new JsonArray([.. lines, subTotal]);
        obj["TotalAmt"] = total;
        SandboxLineRules.DefaultDates(session, obj);
        SandboxReferences.DefaultCurrency(obj);
        obj["EmailStatus"] ??= "NotSet";
        obj["PrintStatus"] ??= "NotSet";
        obj["BillAddr"] ??= customer!["BillAddr"]?.DeepClone();
        obj["ShipAddr"] ??= customer!["ShipAddr"]?.DeepClone() ?? customer["BillAddr"]?.DeepClone();
        if (obj["BillAddr"] is null)
        {
            obj.Remove("BillAddr");
        }

        if (obj["ShipAddr"] is null)
        {
            obj.Remove("ShipAddr");
        }

        if (string.IsNullOrEmpty(SandboxJson.GetString(obj, "DocNumber")))
        {
            obj["DocNumber"] = previous is null ? await NextDocNumberAsync(session, cancellationToken) : SandboxJson.GetString(previous, "DocNumber");
        }

        // Payment links are owned by the payments; an update of the invoice keeps them.
        obj["LinkedTxn"] = previous?["LinkedTxn"]?.DeepClone() ?? new JsonArray();
        await SandboxInvoiceLinks.ApplyBalanceAsync(session, obj, cancellationToken);
    }

    private static async Task<decimal> LineAsync(SandboxSession session, JsonObject line, CancellationToken cancellationToken)
    {
        var detailType = SandboxJson.GetString(line, "DetailType") ?? throw SandboxFaultException.Required("Line.DetailType");
        switch (detailType)
        {
            case "SalesItemLineDetail":
                var detail = line[detailType] as JsonObject ?? [];
                line[detailType] = detail;
                await SandboxReferences.ResolveAsync(session, detail, "ItemRef", "Line.SalesItemLineDetail.ItemRef", SandboxEntity.Item, required: true, cancellationToken);
                detail["TaxCodeRef"] ??= SandboxJson.Ref("NON", null);
                return SandboxLineRules.Amount(line, detail);
            case "DescriptionOnly":
                line["DescriptionLineDetail"] ??= new JsonObject();
                line["Amount"] ??= 0m;
                return 0m;
            default:
                throw SandboxFaultException.InvalidEnumeration("Line.DetailType", detailType);
        }
    }

    private static async Task<string> NextDocNumberAsync(SandboxSession session, CancellationToken cancellationToken)
    {
        var invoices = await session.ListRecordsAsync(SandboxEntity.Invoice, cancellationToken);
        var highest = invoices.Where(r => !r.Deleted)
            .Select(r => int.TryParse(SandboxJson.GetString(SandboxJson.ParseObject(r.Json), "DocNumber"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(1000)
            .Max();
        return (Math.Max(highest, 1000) + 1).ToString(CultureInfo.InvariantCulture);
    }
}
