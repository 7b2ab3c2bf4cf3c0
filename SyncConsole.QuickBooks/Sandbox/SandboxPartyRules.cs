using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Customer and Vendor rules: a name is required and DisplayName is unique across both lists.</summary>
internal static class SandboxPartyRules
{
    private static readonly string[] NameParts = ["Title", "GivenName", "MiddleName", "FamilyName", "Suffix"];

    public static async Task PrepareAsync(SandboxSession session, SandboxEntity entity, JsonObject obj, CancellationToken cancellationToken)
    {
        var displayName = SandboxJson.GetString(obj, "DisplayName")?.Trim();
        if (string.IsNullOrEmpty(displayName))
        {
            // QuickBooks builds the display name from the person's name parts when none is given.
            var parts = NameParts.Select(p => SandboxJson.GetString(obj, p)?.Trim()).Where(p => !string.IsNullOrEmpty(p));
            displayName = string.Join(' ', parts);
            if (displayName.Length == 0)
            {
                throw SandboxFaultException.NoName();
            }
        }

        if (displayName.IndexOfAny([':', '\t', '\n']) >= 0)
        {
            throw SandboxFaultException.BadRequest("DisplayName may not contain a colon, tab or new line.");
        }

        obj["DisplayName"] = displayName;
        await EnsureUniqueAsync(session, SandboxJson.GetString(obj, "Id"), displayName, cancellationToken);

        obj["Active"] ??= true;
        obj["Balance"] ??= 0m;
        SandboxReferences.DefaultCurrency(obj);
        if (entity == SandboxEntity.Vendor)
        {
            obj["PrintOnCheckName"] ??= displayName;
            return;
        }

        var parent = await SandboxReferences.ResolveAsync(session, obj, "ParentRef", "ParentRef", SandboxEntity.Customer, required: false, cancellationToken);
        obj["Job"] = parent is not null;
        obj["BillWithParent"] ??= false;
        obj["FullyQualifiedName"] = parent is null ? displayName : $"{SandboxJson.GetString(parent, "FullyQualifiedName")}:{displayName}";
        obj["Level"] = parent is null ? 0 : (int)(SandboxJson.GetDecimal(parent, "Level") ?? 0) + 1;
        obj["BalanceWithJobs"] ??= 0m;
    }

    private static async Task EnsureUniqueAsync(SandboxSession session, string? selfId, string displayName, CancellationToken cancellationToken)
    {
        foreach (var list in (SandboxEntity[])[SandboxEntity.Customer, SandboxEntity.Vendor])
        {
            var records = await session.ListLiveByDisplayNameAsync(list, displayName, cancellationToken);
            if (records.Any(r => SandboxJson.GetString(r, "Id") != selfId))
            {
                throw SandboxFaultException.DuplicateName();
            }
        }
    }
}
