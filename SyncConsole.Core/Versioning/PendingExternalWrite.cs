using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Versioning;

/// <summary>
/// Write-ahead intent of a provider write, saved before the call. If the job dies before its commit, the next run
/// first replays the same write with the same idempotency key: a provider that already did it (QuickBooks
/// <c>requestid</c>) answers with the original result, so the write is known to have landed and is adopted instead of
/// repeated or duplicated; one that did not happen is done now, or refused as stale if the record changed since.
/// </summary>
/// <param name="Operation">Create, update, delete or void.</param>
/// <param name="Fields">The canonical fields written (our ids); null for delete and void.</param>
/// <param name="OursFields">
/// Our fields when the write was decided. Once the write is known to have landed, the written fields that came from the
/// provider side and that our side has not touched since are applied to our side too (the half of the decision that
/// the killed job never committed), and the written fields become base.
/// </param>
/// <param name="BasisToken">The provider token the write was based on; null for a create.</param>
/// <param name="IdempotencyKey">The key sent with the write.</param>
/// <param name="Resolutions">
/// Policy choices the write carries out; if the job dies before recording its results, the run that adopts the write
/// records them, so a discarded change never goes unreported.
/// </param>
public sealed record PendingExternalWrite(
    ExternalWriteOperation Operation,
    FieldMap? Fields,
    FieldMap? OursFields,
    string? BasisToken,
    string IdempotencyKey,
    IReadOnlyList<FieldResolution> Resolutions);
