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
    /// values kept, so a large company is never held parsed in memory. A query on the id, last write time and Active
    /// flag alone (a full read, a read of changes) is answered from the rows' headers, without their JSON.
    /// </summary>
    private static async Task<IReadOnlyList<string>> MatchingIdsAsync(SandboxSession session, SandboxQuery query, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        if (query.Conditions.All(c => SandboxQueryValue.IsInHeader(c.Path)) && query.OrderBy.All(o => SandboxQueryValue.IsInHeader(o.Path)))
        {
            await foreach (var header in session.StreamStoredHeadersAsync(query.Entity, cancellationToken))
            {
                if (!header.Deleted && TryMatch(query, header.Id, path => SandboxQueryValue.Read(header, path)) is { } row)
                {
                    rows.Add(row);
                }
            }
        }
        else
        {
            await foreach (var record in session.StreamStoredAsync(query.Entity, cancellationToken))
            {
                if (TryMatch(query, record) is { } row)
                {
                    rows.Add(row);
                }
            }
        }

        Sort(query, rows);
        return [.. rows.Select(r => r.Id)];
    }

    /// <summary>A query inside a write session (a batch), which must see the session's own writes.</summary>
    private static async Task<JsonObject> RunInSessionAsync(SandboxSession session, SandboxQuery query, CancellationToken cancellationToken)
    {
        var records = (await session.ListRecordsAsync(query.Entity, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rows = records.Values.Select(r => TryMatch(query, r)).OfType<Row>().ToList();
        if (query.Count)
        {
            return new JsonObject { ["totalCount"] = rows.Count };
        }

        Sort(query, rows);
        return Page(query, [.. rows.Skip(query.StartPosition - 1).Take(query.MaxResults).Select(r => SandboxJson.ParseObject(records[r.Id].Json))]);
    }

    /// <summary>
    /// The record's id with its sort values when it is live and matches. Read as a document, not a node tree: a query
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
        return TryMatch(query, record.Id, path => SandboxQueryValue.Read(record, obj, path));
    }

    private static Row? TryMatch(SandboxQuery query, string id, Func<string, string?> read) =>
        Matches(query, read)
            ? new Row(id, [.. query.OrderBy.Select(o => SandboxSortKey.Of(read(o.Path)))], SandboxSortKey.Of(id))
            : null;

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
        return SandboxQueryValue.Compare(a.IdKey, b.IdKey);
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

    private static bool Matches(SandboxQuery query, Func<string, string?> read)
    {
        // Name lists hide inactive rows unless the query filters on Active itself.
        if (SandboxEntities.IsNameList(query.Entity)
            && !query.Conditions.Any(c => c.Path.Equals("Active", StringComparison.OrdinalIgnoreCase))
            && IsInactive(read("Active")))
        {
            return false;
        }

        foreach (var condition in query.Conditions)
        {
            var value = read(condition.Path);
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
    private static bool IsInactive(string? active) => bool.TryParse(active, out var flag) && !flag;

    private sealed record Row(string Id, SandboxSortKey[] Keys, SandboxSortKey IdKey);
}
