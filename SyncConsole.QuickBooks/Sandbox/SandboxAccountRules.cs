using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Account rules: Name plus AccountType or AccountSubType; Classification derives from the type.</summary>
internal static class SandboxAccountRules
{
    private static readonly Dictionary<string, (string Classification, string DefaultSubType)> Types = new(StringComparer.Ordinal)
    {
        ["Bank"] = ("Asset", "Checking"),
        ["Accounts Receivable"] = ("Asset", "AccountsReceivable"),
        ["Other Current Asset"] = ("Asset", "OtherCurrentAssets"),
        ["Fixed Asset"] = ("Asset", "OtherFixedAssets"),
        ["Other Asset"] = ("Asset", "OtherLongTermAssets"),
        ["Accounts Payable"] = ("Liability", "AccountsPayable"),
        ["Credit Card"] = ("Liability", "CreditCard"),
        ["Other Current Liability"] = ("Liability", "OtherCurrentLiabilities"),
        ["Long Term Liability"] = ("Liability", "OtherLongTermLiabilities"),
        ["Equity"] = ("Equity", "OwnersEquity"),
        ["Income"] = ("Revenue", "SalesOfProductIncome"),
        ["Other Income"] = ("Revenue", "OtherMiscellaneousIncome"),
        ["Expense"] = ("Expense", "OtherMiscellaneousServiceCost"),
        ["Other Expense"] = ("Expense", "OtherMiscellaneousExpense"),
        ["Cost of Goods Sold"] = ("Expense", "SuppliesMaterialsCogs"),
    };

    public static async Task PrepareAsync(SandboxSession session, JsonObject obj, CancellationToken cancellationToken)
    {
        var name = SandboxJson.GetString(obj, "Name")?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw SandboxFaultException.Required("Name");
        }

        if (name.IndexOfAny(['"', ':']) >= 0)
        {
            throw SandboxFaultException.BadRequest("Account Name may not contain a double quote or a colon.");
        }

        var type = SandboxJson.GetString(obj, "AccountType");
        var subType = SandboxJson.GetString(obj, "AccountSubType");
        if (type is null)
        {
            type = subType is null ? null : Types.FirstOrDefault(t => t.Value.DefaultSubType == subType).Key;
            if (type is null)
            {
                throw SandboxFaultException.InvalidAccountType("AccountType");
            }
        }

        if (!Types.TryGetValue(type, out var info))
        {
            throw SandboxFaultException.InvalidEnumeration("AccountType", type);
        }

        var parent = await SandboxReferences.ResolveAsync(session, obj, "ParentRef", "ParentRef", SandboxEntity.Account, required: false, cancellationToken);
        var fullName = parent is null ? name : $"{SandboxJson.GetString(parent, "FullyQualifiedName")}:{name}";
        var selfId = SandboxJson.GetString(obj, "Id");
        var accounts = await session.ListLiveAsync(SandboxEntity.Account, cancellationToken);
        if (accounts.Any(a => SandboxJson.GetString(a, "Id") != selfId
            && string.Equals(SandboxJson.GetString(a, "FullyQualifiedName"), fullName, StringComparison.OrdinalIgnoreCase)))
        {
            throw SandboxFaultException.DuplicateName();
        }

        obj["Name"] = name;
        obj["AccountType"] = type;
        obj["AccountSubType"] = subType ?? info.DefaultSubType;
        obj["Classification"] = info.Classification;
        obj["SubAccount"] = parent is not null;
        obj["FullyQualifiedName"] = fullName;
        obj["Active"] ??= true;
        obj["CurrentBalance"] ??= 0m;
        obj["CurrentBalanceWithSubAccounts"] ??= 0m;
        SandboxReferences.DefaultCurrency(obj);
    }
}
