using SyncConsole.Core.Conflicts;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Orchestration;

/// <summary>The result of one record decision (API.md <c>/api/sync-jobs/{id}/records</c>).</summary>
/// <param name="EntityType">The entity type.</param>
/// <param name="RecordId">Our record id, when known.</param>
/// <param name="ExternalId">The provider id, when known.</param>
/// <param name="Direction">Which way the change went (or would have gone).</param>
/// <param name="Action">What happened.</param>
/// <param name="Message">Why, for anything but a plain create/update/delete.</param>
/// <param name="At">When it was decided.</param>
/// <param name="Resolutions">Fields where a policy deliberately kept one side's value over the other's change.</param>
public sealed record RecordResult(
    EntityType EntityType,
    string? RecordId,
    string? ExternalId,
    ChangeDirection Direction,
    ResultAction Action,
    string? Message,
    DateTimeOffset At,
    IReadOnlyList<FieldResolution> Resolutions)
{
    /// <summary>A failure that retrying cannot fix (the record cannot be mapped): the host dead-letters it at once.</summary>
    public bool Permanent { get; init; }
}
