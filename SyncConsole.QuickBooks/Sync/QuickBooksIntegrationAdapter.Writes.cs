using System.Text.Json;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Mapping;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>
/// Writing: creates, sparse updates, inactivation of name lists, hard deletes and voids of transactions. A stale
/// SyncToken (5010) is <see cref="WriteStatus.Stale"/>, a validation refusal <see cref="WriteStatus.Rejected"/>; throttling,
/// transient and authentication failures are thrown for the job to retry or to mark the connection.
/// </summary>
internal sealed partial class QuickBooksIntegrationAdapter
{
    public async Task<WriteResult> WriteAsync(string connectionId, ExternalWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return write.EntityType switch
            {
                EntityType.Account => await WriteAsync<QboAccount>(connectionId, write, cancellationToken),
                EntityType.Item => await WriteAsync<QboItem>(connectionId, write, cancellationToken),
                EntityType.Customer => await WriteAsync<QboCustomer>(connectionId, write, cancellationToken),
                EntityType.Vendor => await WriteAsync<QboVendor>(connectionId, write, cancellationToken),
                EntityType.Invoice => await WriteAsync<QboInvoice>(connectionId, write, cancellationToken),
                EntityType.Bill => await WriteAsync<QboBill>(connectionId, write, cancellationToken),
                EntityType.Payment => await WriteAsync<QboPayment>(connectionId, write, cancellationToken),
            };
        }
        catch (QuickBooksApiException exception) when (IsRefusal(exception))
        {
            return Refused(exception);
        }
    }

    private async Task<WriteResult> WriteAsync<T>(string connectionId, ExternalWrite write, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var key = write.IdempotencyKey;
        switch (write.Operation)
        {
            case ExternalWriteOperation.Create:
                return WriteResult.Succeeded(QboMapping.ToExternal(await api.CreateAsync(connectionId, Payload<T>(write), key, cancellationToken)));
            case ExternalWriteOperation.Update:
                var dto = Payload<T>(write);
                dto.Id = Required(write.ExternalId, write);
                dto.SyncToken = Required(write.VersionToken, write);
                return WriteResult.Succeeded(QboMapping.ToExternal(await api.UpdateAsync(connectionId, dto, key, cancellationToken)));
            case ExternalWriteOperation.Delete when T.IsNameList:
                var inactive = await api.InactivateAsync<T>(connectionId, Required(write.ExternalId, write), Required(write.VersionToken, write), key, cancellationToken);
                return WriteResult.Succeeded(QboMapping.ToExternal(inactive));
            case ExternalWriteOperation.Delete:
                await api.DeleteAsync<T>(connectionId, Required(write.ExternalId, write), Required(write.VersionToken, write), key, cancellationToken);
                return WriteResult.Succeeded(new ExternalRecord(write.ExternalId!, write.VersionToken!, time.GetUtcNow(), IsDeleted: true, Payload: null));
            case ExternalWriteOperation.Void:
                return await VoidAsync(connectionId, write, cancellationToken);
        }

        throw new ArgumentOutOfRangeException(nameof(write), write.Operation, "Unknown write operation.");
    }

    private async Task<WriteResult> VoidAsync(string connectionId, ExternalWrite write, CancellationToken cancellationToken)
    {
        var id = Required(write.ExternalId, write);
        var token = Required(write.VersionToken, write);
        return write.EntityType switch
        {
            EntityType.Invoice => WriteResult.Succeeded(QboMapping.ToExternal(await api.VoidInvoiceAsync(connectionId, id, token, write.IdempotencyKey, cancellationToken))),
            EntityType.Payment => WriteResult.Succeeded(QboMapping.ToExternal(await api.VoidPaymentAsync(connectionId, id, token, write.IdempotencyKey, cancellationToken))),
            EntityType.Account or EntityType.Item or EntityType.Customer or EntityType.Vendor or EntityType.Bill =>
                WriteResult.Rejected($"QuickBooks cannot void a {write.EntityType.ToWireName()} through the API."),
        };
    }

    private static bool IsRefusal(QuickBooksApiException exception) => exception.Kind switch
    {
        QuickBooksErrorKind.Stale or QuickBooksErrorKind.Validation or QuickBooksErrorKind.Duplicate or QuickBooksErrorKind.NotFound => true,
        QuickBooksErrorKind.Authentication or QuickBooksErrorKind.Throttled or QuickBooksErrorKind.Transient => false,
    };

    private static WriteResult Refused(QuickBooksApiException exception) => exception.Kind == QuickBooksErrorKind.Stale
        ? WriteResult.Stale(exception.Message)
        : WriteResult.Rejected(exception.Message);

    private static T Payload<T>(ExternalWrite write)
        where T : QboEntity => write.Payload as T
        ?? throw new ArgumentException($"A {write.Operation} of {write.EntityType.ToWireName()} needs a {typeof(T).Name} payload.", nameof(write));

    private static string Required(string? value, ExternalWrite write) => string.IsNullOrEmpty(value)
        ? throw new ArgumentException($"A {write.Operation} of {write.EntityType.ToWireName()} needs the provider id and version token.", nameof(write))
        : value;

    private static ExternalRecord ToExternal(EntityType entityType, JsonElement json) =>
        QboMapping.ToExternal((QboEntity)json.Deserialize(QboEntityTypes.DtoType(entityType), QboJson.Options)!);
}
