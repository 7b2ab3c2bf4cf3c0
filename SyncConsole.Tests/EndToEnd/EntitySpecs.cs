using System.Text.Json.Nodes;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>How the end-to-end tests create, change and read one entity type on each side.</summary>
/// <param name="Type">Our entity type.</param>
/// <param name="QboEntity">The QuickBooks entity name.</param>
/// <param name="NameList">Name-list entities are inactivated, never deleted.</param>
/// <param name="Field">The canonical field both sides change.</param>
/// <param name="QboField">The QuickBooks field it maps to (a path of property names).</param>
/// <param name="CanClone">Which of our existing records can serve as a template for a new one.</param>
/// <param name="FromTemplate">Turns a template into a new record with the given label.</param>
/// <param name="NewQbo">A new QuickBooks entity with the given label, referring to what exists there.</param>
internal sealed record EntitySpec(
    string Type,
    string QboEntity,
    bool NameList,
    string Field,
    string[] QboField,
    Func<JsonObject, bool> CanClone,
    Func<JsonObject, string, JsonObject> FromTemplate,
    Func<EmulatorClient, string, Task<JsonObject>> NewQbo)
{
    public string OurValue(string run) => Field == "txn_date" ? "2026-03-14" : $"Changed by us {Type} {run}";

    public string TheirValue(string run) => Field == "txn_date" ? "2026-03-15" : $"Changed by them {Type} {run}";

    public JsonObject QboUpdate(string value)
    {
        JsonNode node = JsonValue.Create(value);
        foreach (var name in QboField.Skip(1).Reverse())
        {
            node = new JsonObject { [name] = node };
        }

        return new JsonObject { [QboField[0]] = node };
    }

    public string? ReadQbo(JsonObject entity)
    {
        JsonNode? node = entity;
        foreach (var name in QboField)
        {
            node = node?[name];
        }

        return node?.GetValue<string>();
    }
}

/// <summary>The seven entity types of the QuickBooks integration.</summary>
internal static class EntitySpecs
{
    public static IReadOnlyList<EntitySpec> All { get; } =
    [
        new("account", "Account", true, "name", ["Name"],
            a => Active(a),
            (a, label) => With(a, "name", label),
            (_, label) => Task.FromResult(new JsonObject { ["Name"] = label, ["AccountType"] = "Expense" })),
        new("item", "Item", true, "description", ["Description"],
            i => Active(i) && i["type"]?.GetValue<string>() == "service",
            (i, label) => With(i, "name", label),
            async (qbo, label) => new JsonObject
            {
                ["Name"] = label,
                ["Type"] = "Service",
                ["IncomeAccountRef"] = Ref(await FirstAsync(qbo, "Account", a => a["AccountType"]?.GetValue<string>() == "Income")),
            }),
        new("customer", "Customer", true, "notes", ["Notes"],
            c => Active(c),
            (c, label) => With(c, "display_name", label),
            (_, label) => Task.FromResult(new JsonObject { ["DisplayName"] = label })),
        new("vendor", "Vendor", true, "company_name", ["CompanyName"],
            v => Active(v),
            (v, label) => With(v, "display_name", label),
            (_, label) => Task.FromResult(new JsonObject { ["DisplayName"] = label })),
        new("invoice", "Invoice", false, "memo", ["CustomerMemo", "value"],
            i => i["lines"]?.AsArray().Count > 0,
            (i, label) => Unpaid(With(i, "doc_number", DocNumber(label))),
            async (qbo, label) => new JsonObject
            {
                ["DocNumber"] = DocNumber(label),
                ["CustomerRef"] = Ref(await FirstAsync(qbo, "Customer", Active)),
                ["Line"] = new JsonArray(new JsonObject
                {
                    ["DetailType"] = "SalesItemLineDetail",
                    ["Amount"] = 50m,
                    ["SalesItemLineDetail"] = new JsonObject
                    {
                        ["ItemRef"] = Ref(await FirstAsync(qbo, "Item", i => i["Type"]?.GetValue<string>() == "Service")),
                        ["Qty"] = 1,
                        ["UnitPrice"] = 50m,
                    },
                }),
            }),
        new("bill", "Bill", false, "memo", ["PrivateNote"],
            b => b["lines"]?.AsArray().Count > 0,
            (b, label) => Unpaid(With(b, "doc_number", DocNumber(label))),
            async (qbo, label) => new JsonObject
            {
                ["DocNumber"] = DocNumber(label),
                ["VendorRef"] = Ref(await FirstAsync(qbo, "Vendor", Active)),
                ["Line"] = new JsonArray(new JsonObject
                {
                    ["DetailType"] = "AccountBasedExpenseLineDetail",
                    ["Amount"] = 40m,
                    ["AccountBasedExpenseLineDetail"] = new JsonObject
                    {
                        ["AccountRef"] = Ref(await FirstAsync(qbo, "Account", a => a["AccountType"]?.GetValue<string>() == "Expense")),
                    },
                }),
            }),
        new("payment", "Payment", false, "txn_date", ["TxnDate"],
            _ => true,
            (p, _) => Unapplied(p),
            async (qbo, _) => new JsonObject
            {
                ["CustomerRef"] = Ref(await FirstAsync(qbo, "Customer", Active)),
                ["TotalAmt"] = 10m,
            }),
    ];

    private static bool Active(JsonObject entity) =>
        (entity["active"] ?? entity["Active"])?.GetValue<bool>() ?? true;

    private static JsonObject With(JsonObject body, string field, string value)
    {
        body[field] = value;
        return body;
    }

    // QuickBooks numbers documents in at most 21 characters.
    private static string DocNumber(string label) => label[..1] + label[^6..];

    private static JsonObject Unpaid(JsonObject transaction)
    {
        transaction["balance"] = transaction["total"]?.DeepClone();
        return transaction;
    }

    private static JsonObject Unapplied(JsonObject payment)
    {
        payment["applied_to"] = new JsonArray();
        payment["total_amount"] = 10m;
        return payment;
    }

    private static JsonObject Ref(JsonObject entity) => new() { ["value"] = entity["Id"]!.DeepClone() };

    private static async Task<JsonObject> FirstAsync(EmulatorClient qbo, string entity, Func<JsonObject, bool> predicate) =>
        (await qbo.QueryAsync(entity)).First(predicate);
}
