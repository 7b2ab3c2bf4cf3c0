using System.Text.Json.Nodes;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// The emulated QuickBooks write and read semantics on one <see cref="SandboxSession"/>: create, full and sparse
/// update with SyncToken checks, delete (inactivate for name lists), void, and read.
/// </summary>
internal static class SandboxLedger
{
    public static async Task<JsonObject> ReadAsync(SandboxSession session, SandboxEntity entity, string id, CancellationToken cancellationToken)
    {
        var record = await session.FindRecordAsync(entity, id, cancellationToken) ?? throw SandboxFaultException.NotFound(SandboxEntities.Name(entity), id);
        return record.Deleted ? throw SandboxFaultException.Deleted("Id") : SandboxJson.ParseObject(record.Json);
    }

    public static async Task<JsonObject> CreateAsync(SandboxSession session, SandboxEntity entity, JsonObject body, CancellationToken cancellationToken)
    {
        var obj = SandboxStamp.Writable(body);
        obj["Id"] = session.NextId();
        await PrepareAsync(session, entity, obj, previous: null, cancellationToken);
        SandboxStamp.Created(session, obj);
        session.Put(entity, obj, SandboxOperation.Create);
        if (entity == SandboxEntity.Payment)
        {
            await SandboxInvoiceLinks.RelinkAsync(session, SandboxInvoiceLinks.InvoiceIds(obj), cancellationToken);
        }

        return obj;
    }

    public static async Task<JsonObject> UpdateAsync(SandboxSession session, SandboxEntity entity, JsonObject body, CancellationToken cancellationToken)
    {
        var previous = await LoadForWriteAsync(session, entity, body, cancellationToken);
        JsonObject obj;
        if (SandboxJson.GetBool(body, "sparse") == true)
        {
            // Sparse: only the elements sent change (a Line array replaces all lines).
            obj = (JsonObject)previous.DeepClone();
            foreach (var (name, value) in SandboxStamp.Writable(body))
            {
                obj[name] = value?.DeepClone();
            }
        }
        else
        {
            // Full update: writable fields left out become empty.
            obj = SandboxStamp.Writable(body);
        }

        obj["Id"] = SandboxJson.GetString(previous, "Id");
        return await SaveUpdateAsync(session, entity, obj, previous, SandboxOperation.Update, cancellationToken);
    }

    public static async Task<JsonObject> DeleteAsync(SandboxSession session, SandboxEntity entity, JsonObject body, CancellationToken cancellationToken)
    {
        var previous = await LoadForWriteAsync(session, entity, body, cancellationToken);
        var id = SandboxJson.GetString(previous, "Id")!;
        if (SandboxEntities.IsNameList(entity))
        {
            var inactive = (JsonObject)previous.DeepClone();
            inactive["Active"] = false;
            return await SaveUpdateAsync(session, entity, inactive, previous, SandboxOperation.Delete, cancellationToken);
        }

        if (entity == SandboxEntity.Invoice && await SandboxInvoiceLinks.HasPaymentsAsync(session, id, cancellationToken))
        {
            throw SandboxFaultException.Business("This invoice has payments applied to it. Unlink or delete the payments first.");
        }

        session.PutTombstone(entity, id);
        if (entity == SandboxEntity.Payment)
        {
            await SandboxInvoiceLinks.RelinkAsync(session, SandboxInvoiceLinks.InvoiceIds(previous), cancellationToken);
        }

        return new JsonObject { ["status"] = "Deleted", ["domain"] = "QBO", ["Id"] = id };
    }

    /// <summary>Voids an invoice or payment: amounts go to zero and PrivateNote gets "Voided" prepended.</summary>
    public static async Task<JsonObject> VoidAsync(SandboxSession session, SandboxEntity entity, JsonObject body, CancellationToken cancellationToken)
    {
        if (entity is not (SandboxEntity.Invoice or SandboxEntity.Payment))
        {
            throw SandboxFaultException.Unsupported($"Operation void is not supported for {SandboxEntities.Name(entity)}.");
        }

        var previous = await LoadForWriteAsync(session, entity, body, cancellationToken);
        if (entity == SandboxEntity.Invoice && await SandboxInvoiceLinks.HasPaymentsAsync(session, SandboxJson.GetString(previous, "Id")!, cancellationToken))
        {
            throw SandboxFaultException.Business("This invoice has payments applied to it. Void the payments first.");
        }

        var obj = (JsonObject)previous.DeepClone();
        var lines = SandboxLineRules.Objects(obj);
        foreach (var line in lines)
        {
            line["Amount"] = 0m;
            if (line["SalesItemLineDetail"] is JsonObject detail)
            {
                detail["Qty"] = 0m;
                detail["UnitPrice"] = 0m;
            }
        }

        obj["Line"] = new JsonArray([.. lines]);
        obj["TotalAmt"] = 0m;
        var note = SandboxJson.GetString(obj, "PrivateNote");
        obj["PrivateNote"] = string.IsNullOrEmpty(note) ? "Voided" : $"Voided - {note}";
        return await SaveUpdateAsync(session, entity, obj, previous, SandboxOperation.Void, cancellationToken);
    }

    private static async Task<JsonObject> SaveUpdateAsync(
        SandboxSession session, SandboxEntity entity, JsonObject obj, JsonObject previous, SandboxOperation operation, CancellationToken cancellationToken)
    {
        await PrepareAsync(session, entity, obj, previous, cancellationToken);
        SandboxStamp.Updated(session, obj, previous);
        session.Put(entity, obj, operation);
        if (entity == SandboxEntity.Payment)
        {
            var invoices = SandboxInvoiceLinks.InvoiceIds(previous).Concat(SandboxInvoiceLinks.InvoiceIds(obj));
            await SandboxInvoiceLinks.RelinkAsync(session, invoices, cancellationToken);
        }

        return obj;
    }

    private static async Task<JsonObject> LoadForWriteAsync(SandboxSession session, SandboxEntity entity, JsonObject body, CancellationToken cancellationToken)
    {
        var id = SandboxJson.GetString(body, "Id");
        if (string.IsNullOrEmpty(id))
        {
            throw SandboxFaultException.Required("Id");
        }

        var syncToken = SandboxJson.GetString(body, "SyncToken");
        if (string.IsNullOrEmpty(syncToken))
        {
            throw SandboxFaultException.Required("SyncToken");
        }

        var previous = await ReadAsync(session, entity, id, cancellationToken);
        return SandboxJson.GetString(previous, "SyncToken") == syncToken ? previous : throw SandboxFaultException.Stale();
    }

    private static Task PrepareAsync(SandboxSession session, SandboxEntity entity, JsonObject obj, JsonObject? previous, CancellationToken cancellationToken) => entity switch
    {
        SandboxEntity.Vendor or SandboxEntity.Customer => SandboxPartyRules.PrepareAsync(session, entity, obj, cancellationToken),
        SandboxEntity.Account => SandboxAccountRules.PrepareAsync(session, obj, cancellationToken),
        SandboxEntity.Item => SandboxItemRules.PrepareAsync(session, obj, previous, cancellationToken),
        SandboxEntity.Bill => SandboxBillRules.PrepareAsync(session, obj, cancellationToken),
        SandboxEntity.Invoice => SandboxInvoiceRules.PrepareAsync(session, obj, previous, cancellationToken),
        SandboxEntity.Payment => SandboxPaymentRules.PrepareAsync(session, obj, cancellationToken),
    };
}
