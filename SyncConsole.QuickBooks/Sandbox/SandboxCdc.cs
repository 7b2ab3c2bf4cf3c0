using System.Globalization;
using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Change data capture: one QueryResponse per requested entity, active objects (full) ordered by update time, then
/// deleted ones; at most the configured look-back and object cap, shared across entities; no paging.
/// </summary>
internal static class SandboxCdc
{
    public static async Task<JsonObject> RunAsync(
        SandboxSession session, string? entities, string? changedSince, SandboxOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(entities))
        {
            throw SandboxFaultException.Required("entities");
        }

        if (string.IsNullOrWhiteSpace(changedSince))
        {
            throw SandboxFaultException.Required("changedSince");
        }

        var since = ParseSince(changedSince, session.CompanyOffset);
        if (since < session.Now - options.CdcLookback)
        {
            throw SandboxFaultException.BadRequest(
                $"Operation cdc with changedSince date {changedSince} which is older than fixed days is not supported.");
        }

        var budget = options.CdcMaxObjects;
        var blocks = new JsonArray();
        foreach (var name in entities.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!SandboxEntities.TryParsePath(name, out var entity))
            {
                throw SandboxFaultException.BadRequest($"CDC is not supported for entity {name}.");
            }

            var records = await session.ListChangedSinceAsync(entity, since, cancellationToken);
            var changed = records
                .OrderBy(r => r.Deleted)
                .ThenBy(r => r.LastUpdated)
                .Take(budget)
                .Select(r => (JsonNode)SandboxJson.ParseObject(r.Json))
                .ToArray();
            budget -= changed.Length;
            blocks.Add(changed.Length == 0
                ? new JsonObject()
                : new JsonObject
                {
                    [SandboxEntities.Name(entity)] = new JsonArray(changed),
                    ["startPosition"] = 1,
                    ["maxResults"] = changed.Length,
                    ["totalCount"] = changed.Length,
                });
        }

        return new JsonObject { ["CDCResponse"] = new JsonArray(new JsonObject { ["QueryResponse"] = blocks }) };
    }

    private static DateTimeOffset ParseSince(string text, TimeSpan companyOffset)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), companyOffset);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : throw SandboxFaultException.BadRequest($"changedSince {text} is not a date or date-time.");
    }
}
