using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Line validation shared by invoices and bills: amounts, Qty x UnitPrice, line ids and numbers.</summary>
internal static class SandboxLineRules
{
    /// <summary>Checks <c>Amount</c> (required) against <c>Qty * UnitPrice</c> (6070) and returns it rounded.</summary>
    public static decimal Amount(JsonObject line, JsonObject? detail)
    {
        var amount = SandboxJson.GetDecimal(line, "Amount") ?? throw SandboxFaultException.Required("Line.Amount");
        if (detail is not null
            && SandboxJson.GetDecimal(detail, "Qty") is { } qty
            && SandboxJson.GetDecimal(detail, "UnitPrice") is { } price
            && Math.Abs(SandboxJson.Money(qty * price) - amount) > 0.01m)
        {
            throw SandboxFaultException.AmountIncorrect("Line.Amount");
        }

        amount = SandboxJson.Money(amount);
        line["Amount"] = amount;
        return amount;
    }

    /// <summary>Gives lines without an id the next free line id and numbers all lines from 1.</summary>
    public static void Number(IReadOnlyList<JsonObject> lines)
    {
        var next = lines.Select(l => int.TryParse(SandboxJson.GetString(l, "Id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .DefaultIfEmpty(0).Max() + 1;
        var number = 1;
        foreach (var line in lines)
        {
            if (SandboxJson.GetString(line, "Id") is null)
            {
                line["Id"] = (next++).ToString(CultureInfo.InvariantCulture);
            }

            line["LineNum"] = number++;
        }
    }

    /// <summary>Detached copies of the lines, so they can be changed and placed in a new Line array.</summary>
    public static List<JsonObject> Objects(JsonObject obj) => [.. SandboxJson.Lines(obj).OfType<JsonObject>().Select(l => (JsonObject)l.DeepClone())];

    /// <summary>Transaction dates default to today in the company's time zone.</summary>
    public static void DefaultDates(SandboxSession session, JsonObject obj)
    {
        var today = SandboxJson.FormatDate(session.Now, session.CompanyOffset);
        obj["TxnDate"] ??= today;
        obj["DueDate"] ??= SandboxJson.GetString(obj, "TxnDate");
    }
}
