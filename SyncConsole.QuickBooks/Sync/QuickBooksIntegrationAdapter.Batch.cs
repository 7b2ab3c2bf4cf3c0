using System.Globalization;
using System.Text.Json.Nodes;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Api.Dtos;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>
/// Batched writes: creates, updates, inactivations and deletes go in QuickBooks batches of up to the configured size;
/// voids (which batches only express through a reported, undocumented option) are sent one by one.
/// </summary>
internal sealed partial class QuickBooksIntegrationAdapter
{
    public async Task<IReadOnlyList<WriteResult>> WriteBatchAsync(string connectionId, IReadOnlyList<ExternalWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var results = new WriteResult[writes.Count];
        var batchable = new List<int>();
        for (var i = 0; i < writes.Count; i++)
        {
            if (writes[i].Operation == ExternalWriteOperation.Void)
            {
                results[i] = await WriteAsync(connectionId, writes[i], cancellationToken);
            }
            else
            {
                batchable.Add(i);
            }
        }

        foreach (var chunk in batchable.Chunk(options.Value.MaxBatchItems))
        {
            var operations = chunk.Select(i => ToOperation(i.ToString(CultureInfo.InvariantCulture), writes[i])).ToList();
            // One requestid for the whole batch, derived from its items' keys: a retried batch is replayed as a whole.
            var key = string.Join('|', chunk.Select(i => writes[i].IdempotencyKey));
            var answers = await api.BatchAsync(connectionId, operations, key, cancellationToken);
            foreach (var answer in answers)
            {
                var index = int.Parse(answer.BId, NumberStyles.None, CultureInfo.InvariantCulture);
                results[index] = ToResult(writes[index], answer);
            }
        }

        return results;
    }

    private static QboBatchOperation ToOperation(string bId, ExternalWrite write)
    {
        var name = QboEntityTypes.Name(write.EntityType);
        switch (write.Operation)
        {
            case ExternalWriteOperation.Create:
                return QboBatchOperation.For(bId, QboBatchVerb.Create, name, Payload<QboEntity>(write), sparse: false);
            case ExternalWriteOperation.Update:
                var dto = Payload<QboEntity>(write);
                dto.Id = Required(write.ExternalId, write);
                dto.SyncToken = Required(write.VersionToken, write);
                return QboBatchOperation.For(bId, QboBatchVerb.Update, name, dto, sparse: true);
            case ExternalWriteOperation.Delete when write.EntityType.IsNameList():
                var inactive = new JsonObject
                {
                    ["Id"] = Required(write.ExternalId, write),
                    ["SyncToken"] = Required(write.VersionToken, write),
                    ["sparse"] = true,
                    ["Active"] = false,
                };
                return new QboBatchOperation(bId, QboBatchVerb.Update, name, inactive, null);
            case ExternalWriteOperation.Delete:
                var target = new JsonObject { ["Id"] = Required(write.ExternalId, write), ["SyncToken"] = Required(write.VersionToken, write) };
                return new QboBatchOperation(bId, QboBatchVerb.Delete, name, target, null);
            case ExternalWriteOperation.Void:
                break;
        }

        throw new ArgumentException("Voids are not batched.", nameof(write));
    }

    private WriteResult ToResult(ExternalWrite write, QboBatchResult answer)
    {
        if (answer.Error is { } error)
        {
            return IsRefusal(error) ? Refused(error) : throw error;
        }

        return write.Operation == ExternalWriteOperation.Delete && !write.EntityType.IsNameList()
            ? WriteResult.Succeeded(new ExternalRecord(write.ExternalId!, write.VersionToken!, time.GetUtcNow(), IsDeleted: true, Payload: null))
            : WriteResult.Succeeded(ToExternal(write.EntityType, answer.Result!.Value));
    }
}
