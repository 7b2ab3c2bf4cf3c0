using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>System fields every QuickBooks object carries: Id, SyncToken, domain, sparse and MetaData.</summary>
internal static class SandboxStamp
{
    private static readonly string[] SystemFields = ["SyncToken", "MetaData", "domain", "sparse", "status"];

    /// <summary>Removes the fields a caller cannot set.</summary>
    public static JsonObject Writable(JsonObject body)
    {
        var copy = (JsonObject)body.DeepClone();
        foreach (var field in SystemFields)
        {
            copy.Remove(field);
        }

        return copy;
    }

    public static void Created(SandboxSession session, JsonObject obj)
    {
        var time = SandboxJson.FormatMeta(session.Now, session.CompanyOffset);
        obj["SyncToken"] = "0";
        obj["domain"] = "QBO";
        obj["sparse"] = false;
        obj["MetaData"] = new JsonObject { ["CreateTime"] = time, ["LastUpdatedTime"] = time };
    }

    public static void Updated(SandboxSession session, JsonObject obj, JsonObject previous)
    {
        var token = long.Parse(SandboxJson.GetString(previous, "SyncToken") ?? "0", CultureInfo.InvariantCulture);
        obj["SyncToken"] = (token + 1).ToString(CultureInfo.InvariantCulture);
        obj["domain"] = "QBO";
        obj["sparse"] = false;
        obj["MetaData"] = new JsonObject
        {
            ["CreateTime"] = previous["MetaData"]?["CreateTime"]?.DeepClone(),
            ["LastUpdatedTime"] = SandboxJson.FormatMeta(session.Now, session.CompanyOffset),
        };
    }
}
