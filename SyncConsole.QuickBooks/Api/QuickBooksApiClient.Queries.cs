using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Api;

/// <summary>Reads: paged queries, single reads and change data capture.</summary>
internal sealed partial class QuickBooksApiClient
{
    /// <summary>
    /// Streams every row of an entity (inactive name-list rows included when asked) in pages of up to 1000,
    /// ordered by Id so that paging is stable.
    /// </summary>
    public async IAsyncEnumerable<QboPage<T>> QueryPagesAsync<T>(
        string connectionId, string? where, bool includeInactive, [EnumeratorCancellation] CancellationToken cancellationToken, int startPosition = 1)
        where T : QboEntity, IQboEntity
    {
        await foreach (var page in QueryRawPagesAsync(
            connectionId, T.EntityName, T.IsNameList && includeInactive, where, rows => rows.Deserialize<List<T>>(QboJson.Options)!, cancellationToken, startPosition))
        {
            yield return page;
        }
    }

    /// <summary>The number of rows matching a query (<c>SELECT count(*)</c>); name lists count active rows unless <paramref name="where"/> filters on Active.</summary>
    public async Task<int> CountAsync<T>(string connectionId, string? where, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var text = $"SELECT count(*) FROM {T.EntityName}{Where(includeInactive: false, where)}";
        using var document = await SendAsync(connectionId, HttpMethod.Get, "query", new Dictionary<string, string?> { ["query"] = text }, null, cancellationToken);
        return document.RootElement.GetProperty("QueryResponse").TryGetProperty("totalCount", out var count) ? count.GetInt32() : 0;
    }

    public async Task<T> ReadAsync<T>(string connectionId, string id, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        using var document = await SendAsync(connectionId, HttpMethod.Get, $"{T.EntityName.ToLowerInvariant()}/{Uri.EscapeDataString(id)}", NoQuery, null, cancellationToken);
        return Unwrap<T>(document);
    }

    /// <summary>
    /// Changes since <paramref name="since"/> for the given entity names. Within CDC's window one CDC call; older
    /// cursors fall back to LastUpdatedTime queries (which cannot see hard-deleted transactions).
    /// </summary>
    public async Task<QboChangeSet> ChangesSinceAsync(string connectionId, IReadOnlyList<string> entities, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(entities.Count);
        if (since < _time.GetUtcNow() - _options.Value.CdcWindow)
        {
            return await ChangesByQueryAsync(connectionId, entities, since, cancellationToken);
        }

        var query = new Dictionary<string, string?> { ["entities"] = string.Join(',', entities), ["changedSince"] = QuickBooksQueryText.Format(since) };
        using var document = await SendAsync(connectionId, HttpMethod.Get, "cdc", query, null, cancellationToken);
        var changes = new List<QboChange>();
        foreach (var response in document.RootElement.GetProperty("CDCResponse").EnumerateArray())
        {
            foreach (var block in response.GetProperty("QueryResponse").EnumerateArray())
            {
                foreach (var property in block.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
                {
                    changes.AddRange(Changes(property.Name, property.Value));
                }
            }
        }

        return new QboChangeSet(ServerTime(document) ?? _time.GetUtcNow(), changes, changes.Count >= 1000, FromQueries: false);
    }

    private async Task<QboChangeSet> ChangesByQueryAsync(string connectionId, IReadOnlyList<string> entities, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var changes = new List<QboChange>();
        DateTimeOffset? serverTime = null;
        var where = $"MetaData.LastUpdatedTime >= {QuickBooksQueryText.Literal(since)}";
        foreach (var entity in entities)
        {
            var nameList = entity is "Customer" or "Vendor" or "Account" or "Item";
            await foreach (var page in QueryRawPagesAsync(connectionId, entity, nameList, where, rows => Changes(entity, rows), cancellationToken))
            {
                serverTime ??= page.ServerTime;
                changes.AddRange(page.Items);
            }
        }

        return new QboChangeSet(serverTime ?? _time.GetUtcNow(), changes, PossiblyTruncated: false, FromQueries: true);
    }

    /// <summary>
    /// Pages of a query, the rows of each read by <paramref name="readRows"/> straight from the page's parsed answer
    /// (the JSON array of rows; no copy of it is kept unless <paramref name="readRows"/> makes one).
    /// </summary>
    private async IAsyncEnumerable<QboPage<TItem>> QueryRawPagesAsync<TItem>(
        string connectionId, string entity, bool includeInactive, string? where, Func<JsonElement, List<TItem>> readRows,
        [EnumeratorCancellation] CancellationToken cancellationToken, int startPosition = 1)
    {
        var size = _options.Value.PageSize;
        var start = Math.Max(1, startPosition);
        // Bounded: QuickBooks companies hold far fewer than this many rows of one type.
        while (start < 10_000_000)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"SELECT * FROM {entity}{Where(includeInactive, where)} ORDERBY Id STARTPOSITION {start} MAXRESULTS {size}");
            using var document = await SendAsync(connectionId, HttpMethod.Get, "query", new Dictionary<string, string?> { ["query"] = text }, null, cancellationToken);
            var items = document.RootElement.GetProperty("QueryResponse").TryGetProperty(entity, out var rows)
                ? readRows(rows)
                : [];
            if (items.Count > 0)
            {
                yield return new QboPage<TItem>(items, start, ServerTime(document));
            }

            if (items.Count < size)
            {
                yield break;
            }

            // Advance by what came back: QuickBooks has been seen returning one row more than asked.
            start += items.Count;
        }
    }

    private static string Where(bool includeInactive, string? where)
    {
        var conditions = new List<string>();
        if (includeInactive)
        {
            conditions.Add("Active IN (true, false)");
        }

        if (!string.IsNullOrWhiteSpace(where))
        {
            conditions.Add(where);
        }

        return conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
    }

    /// <summary>
    /// The changes in a JSON array of rows. The array is copied out of its response once, so each change's row is a
    /// view into that one copy rather than a copy of its own.
    /// </summary>
    private static List<QboChange> Changes(string entity, JsonElement rows) =>
        [.. rows.Clone().EnumerateArray().Select(item => ToChange(entity, item))];

    private static QboChange ToChange(string entity, JsonElement item)
    {
        var id = item.TryGetProperty("Id", out var idElement) ? idElement.GetString() ?? string.Empty : string.Empty;
        var deleted = item.TryGetProperty("status", out var status) && status.GetString() == "Deleted";
        DateTimeOffset? updated = item.TryGetProperty("MetaData", out var meta) && meta.TryGetProperty("LastUpdatedTime", out var time)
            && DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        return new QboChange(entity, id, deleted, updated, item);
    }

    private static DateTimeOffset? ServerTime(JsonDocument document) =>
        document.RootElement.TryGetProperty("time", out var time)
        && DateTimeOffset.TryParse(time.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;

    private static T Unwrap<T>(JsonDocument document)
        where T : QboEntity, IQboEntity =>
        document.RootElement.TryGetProperty(T.EntityName, out var entity)
            ? entity.Deserialize<T>(QboJson.Options)!
            : throw new QuickBooksApiException($"QuickBooks answered without a {T.EntityName} object.");

    private static readonly Dictionary<string, string?> NoQuery = [];
}
