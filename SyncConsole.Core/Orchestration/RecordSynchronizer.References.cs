using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.Core.Versioning;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// Reference translation between our ids and provider ids. A reference to a record not linked yet syncs that record
/// first (when its rule allows); if that is impossible the referencing record fails and waits for the next job.
/// In a dry run references stay untranslated, because nothing gets linked.
/// </summary>
internal sealed partial class RecordSynchronizer
{
    private async Task<FieldMap> TranslateInAsync(
        EntityType entityType, ExternalRecord theirs, int depth, CancellationToken cancellationToken)
    {
        var canonical = SchemaUpgrader.Upgrade(Map(theirs.ExternalId, () => context.Provider.MapperFor(entityType).ToCanonical(theirs)));
        var (fields, missing) = await ReferenceTranslator.TranslateAsync(
            entityType, canonical.Fields, (target, id, ct) => InternalIdOfAsync(target, id, depth, ct), cancellationToken);
        return missing.Count == 0 || context.DryRun ? fields : throw Waiting(missing);
    }

    private async Task<CanonicalRecord> ToProviderRecordAsync(
        EntityType entityType, SyncState state, FieldMap fields, int depth, CancellationToken cancellationToken)
    {
        var (translated, missing) = await ReferenceTranslator.TranslateAsync(
            entityType, fields, (target, id, ct) => ExternalIdOfAsync(target, id, depth, ct), cancellationToken);
        return missing.Count == 0 || context.DryRun
            ? new CanonicalRecord(entityType, state.ExternalId ?? "", SchemaVersions.Current, translated)
            : throw Waiting(missing);
    }

    private async Task<string?> InternalIdOfAsync(EntityType target, string externalId, int depth, CancellationToken cancellationToken)
    {
        var state = await context.States.FindByExternalIdAsync(ConnectionId, target, externalId, cancellationToken);
        if (state?.InternalId is null && depth < MaxDependencyDepth && context.RuleFor(target).AllowsInbound && !context.DryRun
            && await Adapter.GetAsync(ConnectionId, target, externalId, cancellationToken) is { } dependency)
        {
            await SyncExternalAsync(target, dependency, depth + 1, cancellationToken);
            state = await context.States.FindByExternalIdAsync(ConnectionId, target, externalId, cancellationToken);
        }

        return state?.InternalId;
    }

    private async Task<string?> ExternalIdOfAsync(EntityType target, string internalId, int depth, CancellationToken cancellationToken)
    {
        var state = await context.States.FindByInternalIdAsync(ConnectionId, target, internalId, cancellationToken);
        if (state?.ExternalId is null && depth < MaxDependencyDepth && context.RuleFor(target).AllowsOutbound && !context.DryRun
            && await context.Records.GetAsync(target, internalId, cancellationToken) is { } dependency)
        {
            await SyncInternalAsync(target, dependency, depth + 1, cancellationToken);
            state = await context.States.FindByInternalIdAsync(ConnectionId, target, internalId, cancellationToken);
        }

        return state?.ExternalId;
    }

    /// <summary>Runs a provider mapper; a record it cannot map fails alone instead of failing the job.</summary>
    private static T Map<T>(string? id, Func<T> map)
    {
        try
        {
            return map();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new RecordSyncException($"The provider mapper could not map record {id}: {ex.Message}", ex) { Permanent = true };
        }
    }

    private static RecordSyncException Waiting(IReadOnlyList<(ReferencePath Path, string Id)> missing) => new(
        "Waiting for references to sync first: "
        + string.Join(", ", missing.Select(m => $"{m.Path} → {m.Path.Target.ToWireName()} {m.Id}")) + ".");
}
