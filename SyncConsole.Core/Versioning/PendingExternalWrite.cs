using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Versioning;

/// <summary>
/// Write-ahead intent of a provider write, saved before the call. If the job dies before its commit, the next run
/// replays the same write with the same idempotency key: a provider that already did it (QuickBooks
/// <c>requestid</c>) answers with the original result, so the write is adopted instead of repeated or duplicated.
/// </summary>
/// <param name="Operation">Create, update, delete or void.</param>
/// <param name="Fields">The canonical fields written (our ids); null for delete and void.</param>
/// <param name="BasisToken">The provider token the write was based on; null for a create.</param>
/// <param name="IdempotencyKey">The key sent with the write.</param>
/// <param name="Resolutions">
/// Policy choices the write carries out; if the job dies before recording its results, the run that adopts the write
/// records them, so a discarded change never goes unreported.
/// </param>
public sealed record PendingExternalWrite(
    ExternalWriteOperation Operation,
    FieldMap? Fields,
    string? BasisToken,
    string IdempotencyKey,
    IReadOnlyList<FieldResolution> Resolutions);
