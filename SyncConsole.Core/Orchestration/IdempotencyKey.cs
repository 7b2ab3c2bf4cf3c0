using System.Security.Cryptography;
using System.Text;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// Deterministic idempotency keys for provider writes: a GUID-formatted (36 characters, fits QuickBooks'
/// <c>requestid</c> even in batches) truncated SHA-256 of connection, entity type, our record id, the provider record
/// id, operation, the provider version the write is based on, and the written fields. The same logical write therefore
/// always carries the same key across retries and restarts, while a different write (other fields, over a newer
/// provider version, or to another provider record of the same record, e.g. after a restore) never reuses one: a
/// provider that remembers keys would otherwise answer it with the old write's result and not perform it.
/// </summary>
public static class IdempotencyKey
{
    /// <summary>The key of one write.</summary>
    public static string For(
        string connectionId, EntityType entityType, string recordId, string? externalId, ExternalWriteOperation operation,
        string? basisToken, FieldMap? fields)
    {
        ArgumentNullException.ThrowIfNull(connectionId);
        ArgumentNullException.ThrowIfNull(recordId);
        // Unit separators keep ("a", "bc") and ("ab", "c") apart.
        var text = string.Join('\u001f', connectionId, entityType.ToWireName(), recordId, externalId ?? "", operation.ToString(),
            basisToken ?? "", fields?.ToString() ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
