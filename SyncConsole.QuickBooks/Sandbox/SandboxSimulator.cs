using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Simulates people working in the company's QuickBooks UI: random creates, edits and deletes, each its own write
/// (so each gets its own time stamp, CDC entry and webhook). A customer deleted in the UI becomes inactive with
/// " (deleted)" appended to its name, as QuickBooks does.
/// </summary>
internal sealed class SandboxSimulator(SandboxCompanies companies, SandboxRandom random)
{
    public async Task<int> RunAsync(string realmId, int changes, CancellationToken cancellationToken)
    {
        var applied = 0;
        for (var attempt = 0; applied < changes && attempt < changes * 4; attempt++)
        {
            var roll = random.Next(100);
            var result = await companies.WriteAsync(realmId, requestId: null, session => ChangeAsync(session, roll, cancellationToken), cancellationToken);
            if (result.Status == 200)
            {
                applied++;
            }
        }

        return applied;
    }

    private async Task<JsonObject> ChangeAsync(SandboxSession session, int roll, CancellationToken cancellationToken)
    {
        var stamp = random.Next(10_000).ToString(CultureInfo.InvariantCulture);
        switch (roll)
        {
            case < 25:
                return await EditAsync(session, SandboxEntity.Customer, o => o["Notes"] = $"Called on {stamp}", cancellationToken);
            case < 35:
                return await EditAsync(session, SandboxEntity.Vendor, o => o["PrimaryPhone"] = new JsonObject { ["FreeFormNumber"] = $"(415) 555-{stamp}" }, cancellationToken);
            case < 50:
                return await SandboxLedger.CreateAsync(session, SandboxEntity.Customer, new JsonObject { ["DisplayName"] = $"Walk-in {stamp}-{random.Next(1000)}" }, cancellationToken);
            case < 65:
                var customer = await PickAsync(session, SandboxEntity.Customer, null, cancellationToken);
                var item = await PickAsync(session, SandboxEntity.Item, i => SandboxJson.GetString(i, "Type") != "Category", cancellationToken);
                return await SandboxLedger.CreateAsync(session, SandboxEntity.Invoice, new JsonObject
                {
                    ["CustomerRef"] = Ref(customer),
                    ["Line"] = new JsonArray(new JsonObject
                    {
                        ["DetailType"] = "SalesItemLineDetail",
                        ["Amount"] = 120m,
                        ["SalesItemLineDetail"] = new JsonObject { ["ItemRef"] = Ref(item), ["Qty"] = 1, ["UnitPrice"] = 120m },
                    }),
                }, cancellationToken);
            case < 75:
                return await EditAsync(session, SandboxEntity.Invoice, o => o["PrivateNote"] = $"Edited {stamp}", cancellationToken);
            case < 85:
                var invoice = await PickAsync(session, SandboxEntity.Invoice, i => SandboxJson.GetDecimal(i, "Balance") > 0, cancellationToken);
                var balance = SandboxJson.GetDecimal(invoice, "Balance")!.Value;
                return await SandboxLedger.CreateAsync(session, SandboxEntity.Payment, new JsonObject
                {
                    ["CustomerRef"] = invoice["CustomerRef"]!.DeepClone(),
                    ["TotalAmt"] = balance,
                    ["Line"] = new JsonArray(new JsonObject
                    {
                        ["Amount"] = balance,
                        ["LinkedTxn"] = new JsonArray(new JsonObject { ["TxnId"] = SandboxJson.GetString(invoice, "Id"), ["TxnType"] = "Invoice" }),
                    }),
                }, cancellationToken);
            case < 90:
                return await DeleteAsync(session, SandboxEntity.Bill, cancellationToken);
            case < 95:
                return await DeleteAsync(session, SandboxEntity.Payment, cancellationToken);
            default:
                return await EditAsync(session, SandboxEntity.Customer, o =>
                {
                    o["Active"] = false;
                    o["DisplayName"] = $"{SandboxJson.GetString(o, "DisplayName")} (deleted)";
                }, cancellationToken);
        }
    }

    private async Task<JsonObject> EditAsync(SandboxSession session, SandboxEntity entity, Action<JsonObject> edit, CancellationToken cancellationToken)
    {
        var target = await PickAsync(session, entity, null, cancellationToken);
        var body = new JsonObject { ["Id"] = target["Id"]!.DeepClone(), ["SyncToken"] = target["SyncToken"]!.DeepClone(), ["sparse"] = true };
        edit(body);
        return await SandboxLedger.UpdateAsync(session, entity, body, cancellationToken);
    }

    private async Task<JsonObject> DeleteAsync(SandboxSession session, SandboxEntity entity, CancellationToken cancellationToken)
    {
        var target = await PickAsync(session, entity, null, cancellationToken);
        return await SandboxLedger.DeleteAsync(session, entity, target, cancellationToken);
    }

    private async Task<JsonObject> PickAsync(SandboxSession session, SandboxEntity entity, Func<JsonObject, bool>? filter, CancellationToken cancellationToken)
    {
        var live = (await session.ListLiveAsync(entity, cancellationToken))
            .Where(o => SandboxJson.GetBool(o, "Active") != false && (filter is null || filter(o)))
            .ToList();
        return live.Count == 0
            ? throw SandboxFaultException.Business($"No {SandboxEntities.Name(entity)} to change.")
            : live[random.Next(live.Count)];
    }

    private static JsonObject Ref(JsonObject target) => new() { ["value"] = target["Id"]!.DeepClone() };
}
