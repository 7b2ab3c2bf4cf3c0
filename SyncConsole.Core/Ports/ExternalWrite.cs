using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>One write to the provider.</summary>
/// <param name="Operation">Create, update, delete or void.</param>
/// <param name="EntityType">The entity type.</param>
/// <param name="ExternalId">The provider id; null for a create.</param>
/// <param name="VersionToken">The provider token the write is based on (optimistic concurrency); null for a create.</param>
/// <param name="Payload">The provider DTO from the outbound mapper; null for delete and void.</param>
/// <param name="IdempotencyKey">
/// Deterministic key (≤ 36 characters, see <c>IdempotencyKey</c>): the same logical write always carries the same key, so
/// a provider that remembers keys (QuickBooks <c>requestid</c>) replays the first response instead of writing twice.
/// </param>
public sealed record ExternalWrite(
    ExternalWriteOperation Operation,
    EntityType EntityType,
    string? ExternalId,
    string? VersionToken,
    object? Payload,
    string IdempotencyKey);
