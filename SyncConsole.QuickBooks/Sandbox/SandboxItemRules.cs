using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Item rules: Name and Type, the account references each type needs, unique names.</summary>
internal static class SandboxItemRules
{
    private static readonly string[] Creatable = ["Service", "NonInventory", "Inventory", "Category"];

    public static async Task PrepareAsync(SandboxSession session, JsonObject obj, JsonObject? previous, CancellationToken cancellationToken)
    {
        var name = SandboxJson.GetString(obj, "Name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw SandboxFaultException.Required("Name");
        }

        var type = SandboxJson.GetString(obj, "Type") ?? throw SandboxFaultException.Required("Type");
        if (!Creatable.Contains(type, StringComparer.Ordinal))
        {
            throw SandboxFaultException.InvalidEnumeration("Type", type);
        }

        if (previous is not null && SandboxJson.GetString(previous, "Type") == "Inventory" && type != "Inventory")
        {
            throw SandboxFaultException.Business("You can't change the type of an inventory item.");
        }

        var income = await Account(session, obj, "IncomeAccountRef", type is "Service" or "Inventory", cancellationToken);
        var expense = await Account(session, obj, "ExpenseAccountRef", type == "Inventory", cancellationToken);
        await Account(session, obj, "AssetAccountRef", type == "Inventory", cancellationToken);
        if (type == "NonInventory" && income is null && expense is null)
        {
            throw SandboxFaultException.Required("IncomeAccountRef");
        }

        if (type == "Inventory")
        {
            if (obj["QtyOnHand"] is null)
            {
                throw SandboxFaultException.Required("QtyOnHand");
            }

            if (obj["InvStartDate"] is null)
            {
                throw SandboxFaultException.Required("InvStartDate");
            }

            obj["TrackQtyOnHand"] = true;
        }

        var selfId = SandboxJson.GetString(obj, "Id");
        var items = await session.ListLiveAsync(SandboxEntity.Item, cancellationToken);
        if (items.Any(i => SandboxJson.GetString(i, "Id") != selfId
            && string.Equals(SandboxJson.GetString(i, "Name"), name, StringComparison.OrdinalIgnoreCase)))
        {
            throw SandboxFaultException.DuplicateName();
        }

        obj["Name"] = name;
        obj["FullyQualifiedName"] = name;
        obj["Active"] ??= true;
        obj["Taxable"] ??= false;
        obj["UnitPrice"] ??= 0m;
        obj["PurchaseCost"] ??= 0m;
        obj["TrackQtyOnHand"] ??= false;
    }

    private static Task<JsonObject?> Account(SandboxSession session, JsonObject obj, string property, bool required, CancellationToken cancellationToken) =>
        SandboxReferences.ResolveAsync(session, obj, property, property, SandboxEntity.Account, required, cancellationToken);
}
