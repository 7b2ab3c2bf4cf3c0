using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>Runs a parsed query over a realm's records and shapes the <c>QueryResponse</c>.</summary>
internal static class SandboxQueryEngine
{
    public static async Task<JsonObject> RunAsync(
        SandboxSession session, string text, CancellationToken cancellationToken, SandboxQueryCache? cache = null)
    {
        var query = SandboxQueryParser.Parse(text);
        if (session.HasWrites)
        {
            return await RunInSessionAsync(session, query, cancellationToken);
        }

        var ids = cache?.Find(session.RealmId, session.Realm.Version, query);
        if (ids is null)
        {
            ids = await MatchingIdsAsync(session, query, cancellationToken);
            cache?.Store(session.RealmId, session.Realm.Version, query, ids);
        }

        if (query.Count)
        {
            return new JsonObject { ["totalCount"] = ids.Count };
        }

        var pageIds = ids.Skip(query.StartPosition - 1).Take(query.MaxResults).ToList();
        var records = await session.FindStoredAsync(query.Entity, pageIds, cancellationToken);
        return Page(query, [.. records.Select(r => SandboxJson.ParseObject(r.Json))]);
    }

    /// <summary>
    /// The ids of the stored rows a query matches, in result order. Rows are streamed and only their ids and sort
    /// values kept, so a large company is never held parsed in memory.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MatchingIdsAsync(SandboxSession session, SandboxQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<(string Id, string?[] Keys)>();
        await foreach (var record in session.StreamStoredAsync(query.Entity, cancellationToken))
        {
            if (record.Deleted)
            {
                continue;
            }

            var obj = SandboxJson.ParseObject(record.Json);
            if (Matches(query, record, obj))
            {
                rows.Add((record.Id, [.. query.OrderBy.Select(o => SandboxQueryValue.Read(record, obj, o.Path))]));
            }
        }

        rows.Sort((a, b) =>
        {
            for (var i = 0; i < query.OrderBy.Count; i++)
            {
                var result = SandboxQueryValue.Compare(a.Keys[i], b.Keys[i]);
                if (result != 0)
                {
                    return query.OrderBy[i].Descending ? -result : result;
                }
            }

            // Without (or after) an ORDERBY, rows come in id order so that paging is stable.
            return SandboxQueryValue.Compare(a.Id, b.Id);
        });
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>A query inside a write session (a batch), which must see the session's own writes.</summary>
    private static async Task<JsonObject> RunInSessionAsync(SandboxSession session, SandboxQuery query, CancellationToken cancellationToken)
    {
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
        return Page(query, [.. rows.Skip(query.StartPosition - 1).Take(query.MaxResults).Select(r => r.Object)]);
    }

    private static JsonObject Page(SandboxQuery query, IReadOnlyList<JsonObject> page) =>
        page.Count == 0
            ? []
            : new JsonObject
            {
                [SandboxEntities.Name(query.Entity)] = new JsonArray([.. page]),
                ["startPosition"] = query.StartPosition,
                ["maxResults"] = page.Count,
            };

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
