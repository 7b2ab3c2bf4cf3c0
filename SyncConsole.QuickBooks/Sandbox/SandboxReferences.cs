using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Validates <c>{"value": id}</c> references the way QuickBooks does and fills in their <c>name</c>.</summary>
internal static class SandboxReferences
{
    /// <summary>
    /// Resolves <paramref name="owner"/>[<paramref name="property"/>]: missing and required gives 2020, an unknown id 2500,
    /// a deleted transaction or inactive name 610. Returns the referenced object, or null when absent and optional.
    /// </summary>
    public static async Task<JsonObject?> ResolveAsync(
        SandboxSession session, JsonObject owner, string property, string element, SandboxEntity target, bool required, CancellationToken cancellationToken)
    {
        var id = SandboxJson.RefValue(owner, property);
        if (string.IsNullOrWhiteSpace(id))
        {
            if (required)
            {
                throw SandboxFaultException.Required(element);
            }

            owner.Remove(property);
            return null;
        }

        var record = await session.FindRecordAsync(target, id, cancellationToken)
            ?? throw SandboxFaultException.InvalidReference(element, id);
        if (record.Deleted)
        {
            throw SandboxFaultException.Deleted(element);
        }

        var referenced = SandboxJson.ParseObject(record.Json);
        if (SandboxEntities.IsNameList(target) && SandboxJson.GetBool(referenced, "Active") == false)
        {
            throw SandboxFaultException.Inactive(element);
        }

        owner[property] = SandboxJson.Ref(id, DisplayName(target, referenced));
        return referenced;
    }

    public static string? DisplayName(SandboxEntity entity, JsonObject obj) => entity switch
    {
        SandboxEntity.Customer or SandboxEntity.Vendor => SandboxJson.GetString(obj, "DisplayName"),
        SandboxEntity.Account or SandboxEntity.Item => SandboxJson.GetString(obj, "FullyQualifiedName") ?? SandboxJson.GetString(obj, "Name"),
        SandboxEntity.Bill or SandboxEntity.Invoice or SandboxEntity.Payment => SandboxJson.GetString(obj, "DocNumber"),
    };

    public static void DefaultCurrency(JsonObject obj)
    {
        if (SandboxJson.RefValue(obj, "CurrencyRef") is null)
        {
            obj["CurrencyRef"] = SandboxJson.Ref("USD", "United States Dollar");
        }
    }
}
