using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Bill rules: VendorRef, expense lines with valid account or item references, computed totals.</summary>
internal static class SandboxBillRules
{
    public static async Task PrepareAsync(SandboxSession session, JsonObject obj, CancellationToken cancellationToken)
    {
        await SandboxReferences.ResolveAsync(session, obj, "VendorRef", "VendorRef", SandboxEntity.Vendor, required: true, cancellationToken);
        var lines = SandboxLineRules.Objects(obj);
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
        obj["Line"] = new JsonArray([.. lines]);
        total = SandboxJson.Money(total);
        obj["TotalAmt"] = total;
        obj["Balance"] = total;
        SandboxLineRules.DefaultDates(session, obj);
        SandboxReferences.DefaultCurrency(obj);
        if (SandboxJson.RefValue(obj, "APAccountRef") is null)
        {
            var accounts = await session.ListLiveAsync(SandboxEntity.Account, cancellationToken);
            var payable = accounts.FirstOrDefault(a => SandboxJson.GetString(a, "AccountSubType") == "AccountsPayable");
            if (payable is not null)
            {
                obj["APAccountRef"] = SandboxJson.Ref(SandboxJson.GetString(payable, "Id")!, SandboxJson.GetString(payable, "Name"));
            }
        }
        else
        {
            await SandboxReferences.ResolveAsync(session, obj, "APAccountRef", "APAccountRef", SandboxEntity.Account, required: true, cancellationToken);
        }
    }

    private static async Task<decimal> LineAsync(SandboxSession session, JsonObject line, CancellationToken cancellationToken)
    {
        var detailType = SandboxJson.GetString(line, "DetailType") ?? throw SandboxFaultException.Required("Line.DetailType");
        var detail = line[detailType] as JsonObject;
        switch (detailType)
        {
            case "AccountBasedExpenseLineDetail":
                detail ??= [];
                line[detailType] = detail;
                await SandboxReferences.ResolveAsync(session, detail, "AccountRef", "Line.AccountBasedExpenseLineDetail.AccountRef", SandboxEntity.Account, required: true, cancellationToken);
                break;
            case "ItemBasedExpenseLineDetail":
                detail ??= [];
                line[detailType] = detail;
                await SandboxReferences.ResolveAsync(session, detail, "ItemRef", "Line.ItemBasedExpenseLineDetail.ItemRef", SandboxEntity.Item, required: true, cancellationToken);
                break;
            default:
                throw SandboxFaultException.InvalidEnumeration("Line.DetailType", detailType);
        }

        detail["BillableStatus"] ??= "NotBillable";
        await SandboxReferences.ResolveAsync(session, detail, "CustomerRef", "Line.CustomerRef", SandboxEntity.Customer, required: false, cancellationToken);
        return SandboxLineRules.Amount(line, detail);
    }
}
