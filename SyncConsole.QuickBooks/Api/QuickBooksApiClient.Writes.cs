using System.Text.Json;
using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Api;

/// <summary>Writes: create, sparse update, delete / inactivate, void, batch. Each carries a requestid from the caller's idempotency key.</summary>
internal sealed partial class QuickBooksApiClient
{
    public Task<T> CreateAsync<T>(string connectionId, T entity, string idempotencyKey, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        ArgumentNullException.ThrowIfNull(entity);
        var body = ToJson(entity);
        body.Remove("Id");
        body.Remove("SyncToken");
        return PostAsync<T>(connectionId, body, null, idempotencyKey, cancellationToken);
    }

    /// <summary>A sparse update: only the non-null fields change. <paramref name="entity"/> needs Id and the SyncToken last read.</summary>
    public Task<T> UpdateAsync<T>(string connectionId, T entity, string idempotencyKey, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(entity.Id);
        ArgumentException.ThrowIfNullOrEmpty(entity.SyncToken);
        var body = ToJson(entity);
        body["sparse"] = true;
        return PostAsync<T>(connectionId, body, null, idempotencyKey, cancellationToken);
    }

    /// <summary>Deletes a transaction (<c>operation=delete</c>). Name lists cannot be deleted: use <see cref="InactivateAsync{T}"/>.</summary>
    public async Task DeleteAsync<T>(string connectionId, string id, string syncToken, string idempotencyKey, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        if (T.IsNameList)
        {
            throw new InvalidOperationException($"QuickBooks cannot delete a {T.EntityName}; make it inactive instead.");
        }

        var body = new JsonObject { ["Id"] = id, ["SyncToken"] = syncToken };
        using var document = await SendWriteAsync(connectionId, T.EntityName, body, "delete", null, idempotencyKey, cancellationToken);
    }

    /// <summary>Makes a name-list entity inactive (sparse <c>Active=false</c>), QuickBooks' "delete" for names.</summary>
    public Task<T> InactivateAsync<T>(string connectionId, string id, string syncToken, string idempotencyKey, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var body = new JsonObject { ["Id"] = id, ["SyncToken"] = syncToken, ["sparse"] = true, ["Active"] = false };
        return PostAsync<T>(connectionId, body, null, idempotencyKey, cancellationToken);
    }

    /// <summary>Voids an invoice: <c>operation=void</c>.</summary>
    public Task<QboInvoice> VoidInvoiceAsync(string connectionId, string id, string syncToken, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<QboInvoice>(connectionId, new JsonObject { ["Id"] = id, ["SyncToken"] = syncToken }, "void", idempotencyKey, cancellationToken);

    /// <summary>Voids a payment: a sparse update with <c>operation=update&amp;include=void</c>.</summary>
    public Task<QboPayment> VoidPaymentAsync(string connectionId, string id, string syncToken, string idempotencyKey, CancellationToken cancellationToken) =>
        PostAsync<QboPayment>(connectionId, new JsonObject { ["Id"] = id, ["SyncToken"] = syncToken, ["sparse"] = true }, "update", idempotencyKey, cancellationToken, include: "void");

    /// <summary>Runs up to <see cref="QuickBooksOptions.MaxBatchItems"/> independent operations in one request.</summary>
    public async Task<IReadOnlyList<QboBatchResult>> BatchAsync(
        string connectionId, IReadOnlyList<QboBatchOperation> operations, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(operations.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(operations.Count, _options.Value.MaxBatchItems);
        var items = new JsonArray();
        foreach (var operation in operations)
        {
            var item = new JsonObject { ["bId"] = operation.BId };
            switch (operation.Verb)
            {
                case QboBatchVerb.Query:
                    item["Query"] = operation.Query;
                    break;
                case QboBatchVerb.Create:
                case QboBatchVerb.Update:
                case QboBatchVerb.Delete:
                    item["operation"] = operation.Verb.ToString().ToLowerInvariant();
                    item[operation.EntityName!] = operation.Payload!.DeepClone();
                    break;
            }

            items.Add(item);
        }

        var query = new Dictionary<string, string?> { ["requestid"] = QuickBooksRequestId.From(idempotencyKey, QuickBooksRequestId.MaxBatchLength) };
        using var document = await SendAsync(connectionId, HttpMethod.Post, "batch", query, new JsonObject { ["BatchItemRequest"] = items }, cancellationToken);
        return [.. document.RootElement.GetProperty("BatchItemResponse").EnumerateArray().Select(ToBatchResult)];
    }

    private static QboBatchResult ToBatchResult(JsonElement item)
    {
        var bId = item.TryGetProperty("bId", out var id) ? id.GetString() ?? string.Empty : string.Empty;
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name == "Fault")
            {
                var (type, errors) = QuickBooksFaultParser.FromJson(property.Value);
                var kind = QuickBooksFaultParser.Classify(400, type, errors);
                var first = errors.FirstOrDefault();
                var error = new QuickBooksApiException(kind, 400, type, errors, $"Batch item {bId} failed: {first?.Code} {first?.Message}", null);
                return new QboBatchResult(bId, null, error);
            }

            if (property.Name != "bId")
            {
                return new QboBatchResult(bId, property.Value.Clone(), null);
            }
        }

        return new QboBatchResult(bId, null, new QuickBooksApiException($"Batch item {bId} came back empty."));
    }

    private async Task<T> PostAsync<T>(
        string connectionId, JsonObject body, string? operation, string idempotencyKey, CancellationToken cancellationToken, string? include = null)
        where T : QboEntity, IQboEntity
    {
        using var document = await SendWriteAsync(connectionId, T.EntityName, body, operation, include, idempotencyKey, cancellationToken);
        return Unwrap<T>(document);
    }

    private Task<JsonDocument> SendWriteAsync(
        string connectionId, string entityName, JsonObject body, string? operation, string? include, string idempotencyKey, CancellationToken cancellationToken)
    {
        var query = new Dictionary<string, string?> { ["requestid"] = QuickBooksRequestId.From(idempotencyKey, QuickBooksRequestId.MaxLength) };
        if (operation is not null)
        {
            query["operation"] = operation;
        }

        if (include is not null)
        {
            query["include"] = include;
        }

        return SendAsync(connectionId, HttpMethod.Post, entityName.ToLowerInvariant(), query, body, cancellationToken);
    }

    private static JsonObject ToJson<T>(T entity) =>
        JsonSerializer.SerializeToNode(entity, QboJson.Options) as JsonObject ?? throw new InvalidOperationException("An entity must serialize to an object.");
}
