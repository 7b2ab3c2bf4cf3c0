using System.Runtime.CompilerServices;
using System.Text.Json;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Mapping;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>Reading: a full load in pages (resumable), then CDC since QuickBooks' clock at the load's start.</summary>
internal sealed partial class QuickBooksIntegrationAdapter
{
    public IAsyncEnumerable<ExternalPage> ReadPagesAsync(string connectionId, EntityType entityType, string? cursor, CancellationToken cancellationToken) => entityType switch
    {
        EntityType.Account => ReadPagesAsync<QboAccount>(connectionId, cursor, cancellationToken),
        EntityType.Item => ReadPagesAsync<QboItem>(connectionId, cursor, cancellationToken),
        EntityType.Customer => ReadPagesAsync<QboCustomer>(connectionId, cursor, cancellationToken),
        EntityType.Vendor => ReadPagesAsync<QboVendor>(connectionId, cursor, cancellationToken),
        EntityType.Invoice => ReadPagesAsync<QboInvoice>(connectionId, cursor, cancellationToken),
        EntityType.Bill => ReadPagesAsync<QboBill>(connectionId, cursor, cancellationToken),
        EntityType.Payment => ReadPagesAsync<QboPayment>(connectionId, cursor, cancellationToken),
    };

    private IAsyncEnumerable<ExternalPage> ReadPagesAsync<T>(string connectionId, string? cursorText, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var cursor = cursorText is null ? null : QuickBooksCursor.Parse(cursorText);
        if (cursor is null || cursor.FullLoad)
        {
            return FullLoadAsync<T>(connectionId, cursor, cancellationToken);
        }

        return cursor.Since < time.GetUtcNow() - options.Value.CdcWindow
            ? ChangedByQueryAsync<T>(connectionId, cursor.Since, cancellationToken)
            : ChangedByCdcAsync<T>(connectionId, cursor.Since, cancellationToken);
    }

    /// <summary>Every record, inactive name-list rows included; the last page's cursor switches to the change feed.</summary>
    private async IAsyncEnumerable<ExternalPage> FullLoadAsync<T>(string connectionId, QuickBooksCursor? resume, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var size = options.Value.PageSize;
        var startedAt = resume?.Since;
        var lastWasFull = true;
        await foreach (var page in api.QueryPagesAsync<T>(connectionId, null, includeInactive: true, cancellationToken, resume?.NextStartPosition ?? 1))
        {
            startedAt ??= (page.ServerTime ?? time.GetUtcNow()) - Overlap;
            lastWasFull = page.Items.Count >= size;
            var next = lastWasFull
                ? QuickBooksCursor.Full(page.StartPosition + page.Items.Count, startedAt.Value)
                : QuickBooksCursor.Changes(startedAt.Value);
            yield return new ExternalPage([.. page.Items.Select(QboMapping.ToExternal)], next.ToString());
        }

        if (lastWasFull)
        {
            // No rows at all, or the last page was exactly full: hand over to the change feed with an empty page.
            yield return new ExternalPage([], QuickBooksCursor.Changes(startedAt ?? time.GetUtcNow() - Overlap).ToString());
        }
    }

    /// <summary>One CDC call (QuickBooks has no CDC paging); a capped answer resumes from its newest change.</summary>
    private async IAsyncEnumerable<ExternalPage> ChangedByCdcAsync<T>(string connectionId, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var changes = await api.ChangesSinceAsync(connectionId, [T.EntityName], since, cancellationToken);
        var records = changes.Changes.Select(ToRecord<T>).ToList();
        var next = changes.PossiblyTruncated
            ? changes.Changes.Max(c => c.LastUpdated) ?? since
            : changes.ServerTime - Overlap;
        yield return new ExternalPage(records, QuickBooksCursor.Changes(next > since ? next : since).ToString());
    }

    /// <summary>Past CDC's 30 days: LastUpdatedTime queries. They cannot see hard deletes; a full reconcile covers those.</summary>
    private async IAsyncEnumerable<ExternalPage> ChangedByQueryAsync<T>(string connectionId, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        DateTimeOffset? startedAt = null;
        var pages = new List<ExternalPage>();
        var where = $"MetaData.LastUpdatedTime >= {QuickBooksQueryText.Literal(since)}";
        var size = options.Value.PageSize;
        var lastWasFull = true;
        await foreach (var page in api.QueryPagesAsync<T>(connectionId, where, includeInactive: true, cancellationToken))
        {
            startedAt ??= (page.ServerTime ?? time.GetUtcNow()) - Overlap;
            lastWasFull = page.Items.Count >= size;
            // Until the last page, a resumed read starts over from the same point: re-reading is harmless.
            var next = lastWasFull ? QuickBooksCursor.Changes(since) : QuickBooksCursor.Changes(startedAt.Value);
            yield return new ExternalPage([.. page.Items.Select(QboMapping.ToExternal)], next.ToString());
        }

        if (lastWasFull)
        {
            yield return new ExternalPage([], QuickBooksCursor.Changes(startedAt ?? time.GetUtcNow() - Overlap).ToString());
        }
    }

    private static ExternalRecord ToRecord<T>(QboChange change)
        where T : QboEntity, IQboEntity => change.Deleted
        ? new ExternalRecord(change.Id, string.Empty, change.LastUpdated, IsDeleted: true, Payload: null)
        : QboMapping.ToExternal(change.Payload.Deserialize<T>(QboJson.Options)!);
}
