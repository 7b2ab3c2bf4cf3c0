using System.Text.Json;
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
        var rows = new List<Row>();
        await foreach (var record in session.StreamStoredAsync(query.Entity, cancellationToken))
        {
            if (TryMatch(query, record) is { } row)
            {
                rows.Add(row);
            }
        }

        Sort(query, rows);
        return [.. rows.Select(r => r.Record.Id)];
    }

    /// <summary>A query inside a write session (a batch), which must see the session's own writes.</summary>
    private static async Task<JsonObject> RunInSessionAsync(SandboxSession session, SandboxQuery query, CancellationToken cancellationToken)
    {
        var records = await session.ListRecordsAsync(query.Entity, cancellationToken);
        var rows = records.Select(r => TryMatch(query, r)).OfType<Row>().ToList();
        if (query.Count)
        {
            return new JsonObject { ["totalCount"] = rows.Count };
        }

        Sort(query, rows);
        return Page(query, [.. rows.Skip(query.StartPosition - 1).Take(query.MaxResults).Select(r => SandboxJson.ParseObject(r.Record.Json))]);
    }

    /// <summary>
    /// The record with its sort values when it is live and matches. Read as a document, not a node tree: a query
    /// looks at a few properties of every row of the company.
    /// </summary>
    private static Row? TryMatch(SandboxQuery query, SandboxRecord record)
    {
        if (record.Deleted)
        {
            return null;
        }

        using var document = JsonDocument.Parse(record.Json);
        var obj = document.RootElement;
        return Matches(query, record, obj)
            ? new Row(record, [.. query.OrderBy.Select(o => SandboxSortKey.Of(SandboxQueryValue.Read(record, obj, o.Path)))], SandboxSortKey.Of(record.Id))
            : null;
    }

    private static void Sort(SandboxQuery query, List<Row> rows) => rows.Sort((a, b) =>
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

    private static JsonObject Page(SandboxQuery query, IReadOnlyList<JsonObject> page) =>
        page.Count == 0
            ? []
            : new JsonObject
            {
                [SandboxEntities.Name(query.Entity)] = new JsonArray([.. page]),
                ["startPosition"] = query.StartPosition,
                ["maxResults"] = page.Count,
            };

    private static bool Matches(SandboxQuery query, SandboxRecord record, JsonElement obj)
    {
        // Name lists hide inactive rows unless the query filters on Active itself.
        if (SandboxEntities.IsNameList(query.Entity)
            && !query.Conditions.Any(c => c.Path.Equals("Active", StringComparison.OrdinalIgnoreCase))
            && IsInactive(obj))
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

    // As QuickBooks reads the flag: false, or the text "false".
    private static bool IsInactive(JsonElement obj) =>
        obj.TryGetProperty("Active", out var active)
        && (active.ValueKind == JsonValueKind.False
            || (active.ValueKind == JsonValueKind.String && bool.TryParse(active.GetString(), out var flag) && !flag));

    private sealed record Row(SandboxRecord Record, SandboxSortKey[] Keys, SandboxSortKey Id);
}
