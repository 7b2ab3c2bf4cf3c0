using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Builds webhook bodies in the legacy and CloudEvents formats, and their <c>intuit-signature</c>.</summary>
internal static class SandboxWebhookPayloads
{
    public static string Build(SandboxWebhookFormat format, IReadOnlyList<SandboxChange> changes) => format switch
    {
        SandboxWebhookFormat.Legacy => Legacy(changes),
        SandboxWebhookFormat.CloudEvents => CloudEvents(changes),
    };

    public static string Sign(string verifierToken, string body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(verifierToken), Encoding.UTF8.GetBytes(body)));

    private static string Legacy(IReadOnlyList<SandboxChange> changes)
    {
        var notifications = new JsonArray();
        foreach (var realm in changes.GroupBy(c => c.RealmId))
        {
            var entities = new JsonArray();
            foreach (var change in realm)
            {
                entities.Add(new JsonObject
                {
                    ["name"] = SandboxEntities.Name(change.Entity),
                    ["id"] = change.Id,
                    ["operation"] = change.Operation.ToString(),
                    ["lastUpdated"] = change.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                });
            }

            notifications.Add(new JsonObject { ["realmId"] = realm.Key, ["dataChangeEvent"] = new JsonObject { ["entities"] = entities } });
        }

        return new JsonObject { ["eventNotifications"] = notifications }.ToJsonString();
    }

    private static string CloudEvents(IReadOnlyList<SandboxChange> changes)
    {
        var events = new JsonArray();
        foreach (var change in changes)
        {
            var entity = SandboxEntities.Name(change.Entity);
            events.Add(new JsonObject
            {
                ["specversion"] = "1.0",
                ["id"] = $"{Guid.NewGuid()}-{entity}-{change.Id}",
                ["source"] = "intuit.sandbox.syncconsole",
                ["type"] = $"qbo.{entity.ToLowerInvariant()}.{PastTense(change.Operation)}.v1",
                ["datacontenttype"] = "application/json",
                ["time"] = change.At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
                ["intuitentityid"] = change.Id,
                ["intuitaccountid"] = change.RealmId,
                ["data"] = new JsonObject(),
            });
        }

        return events.ToJsonString();
    }

    private static string PastTense(SandboxOperation operation) => operation switch
    {
        SandboxOperation.Create => "created",
        SandboxOperation.Update => "updated",
        SandboxOperation.Delete => "deleted",
        SandboxOperation.Void => "voided",
    };
}
