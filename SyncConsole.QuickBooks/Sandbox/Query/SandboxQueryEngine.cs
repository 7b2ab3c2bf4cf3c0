using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>Runs a parsed query over a realm's records and shapes the <c>QueryResponse</c>.</summary>
internal static class SandboxQueryEngine
{
    public static async Task<JsonObject> RunAsync(SandboxSession session, string text, CancellationToken cancellationToken)
    {
        var query = SandboxQueryParser.Parse(text);
        var records = await session.ListRecordsAsync(query.Entity, cancellationToken);
        var rows = records.Where(r => !r.Deleted)
            .Select(r => (Record: r, Object: SandboxJson.ParseObject(r.Json)))
            .Where(row => Matches(query, row.Record, row.Object))
            .ToList();

        if (query.Count)
        {
            return new JsonObject { ["totalCount"] = rows.Count };
        }

        rows.Sort((a, b) => CompareRows(query, a, b));
        var page = rows.Skip(query.StartPosition - 1).Take(query.MaxResults).Select(r => (JsonNode)r.Object).ToArray();
        if (page.Length == 0)
        {
            return [];
        }

        return new JsonObject
        {
            [SandboxEntities.Name(query.Entity)] = new JsonArray(page),
            ["startPosition"] = query.StartPosition,
            ["maxResults"] = page.Length,
        };
    }

    private static bool Matches(SandboxQuery query, SandboxRecord record, JsonObject obj)
    {
        // Name lists hide inactive rows unless the query filters on Active itself.
        if (SandboxEntities.IsNameList(query.Entity)
            && !query.Conditions.Any(c => c.Path.Equals("Active", StringComparison.OrdinalIgnoreCase))
            && SandboxJson.GetBool(obj, "Active") == false)
        {
            return false;
        }

        foreach (var condition in query.Conditions)
        {
            var value = SandboxQueryValue.Read(record, obj, condition.Path);
            var ok = condition.Operator switch
            {
                "IN" => condition.Values.Any(v => SandboxQueryValue.Compare(value, v) == 0),
                "LIKE" => SandboxQueryValue.Like(value, condition.Values[0]),
                "=" => SandboxQueryValue.Compare(value, condition.Values[0]) == 0,
                "!=" => SandboxQueryValue.Compare(value, condition.Values[0]) != 0,
                "<" => value is not null && SandboxQueryValue.Compare(value, condition.Values[0]) < 0,
                ">" => value is not null && SandboxQueryValue.Compare(value, condition.Values[0]) > 0,
                "<=" => value is not null && SandboxQueryValue.Compare(value, condition.Values[0]) <= 0,
                ">=" => value is not null && SandboxQueryValue.Compare(value, condition.Values[0]) >= 0,
                _ => throw SandboxFaultException.QueryParser($"Unsupported operator {condition.Operator}."),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static int CompareRows(SandboxQuery query, (SandboxRecord Record, JsonObject Object) a, (SandboxRecord Record, JsonObject Object) b)
    {
        foreach (var order in query.OrderBy)
        {
            var result = SandboxQueryValue.Compare(
                SandboxQueryValue.Read(a.Record, a.Object, order.Path),
                SandboxQueryValue.Read(b.Record, b.Object, order.Path));
            if (result != 0)
            {
                return order.Descending ? -result : result;
            }
        }

        // Without (or after) an ORDERBY, rows come in id order so that paging is stable.
        return SandboxQueryValue.Compare(a.Record.Id, b.Record.Id);
    }
}
