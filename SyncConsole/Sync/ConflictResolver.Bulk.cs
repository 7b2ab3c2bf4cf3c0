using SyncConsole.Core.Conflicts;

namespace SyncConsole.Sync;

public sealed partial class ConflictResolver
{
    /// <summary>
    /// Resolves each conflict with the same side for every one of its fields, one by one through
    /// <see cref="ResolveAsync"/> (each audited, each queuing its entity's job; equal jobs join). Returns one outcome
    /// per id, in order: null when resolved, else why not.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string? Error)>> ResolveAllAsync(
        Guid tenantId, IReadOnlyList<string> ids, ChoiceKind side, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var choice = side switch
        {
            ChoiceKind.Ours => ConflictChoice.Ours,
            ChoiceKind.Theirs => ConflictChoice.Theirs,
            ChoiceKind.Value => throw new ArgumentException("A bulk resolution keeps one side: ours or theirs.", nameof(side)),
        };
        var outcomes = new List<(string, string?)>();
        foreach (var id in ids)
        {
            var current = await FindAsync(tenantId, id, cancellationToken);
            if (current is null)
            {
                outcomes.Add((id, "The conflict does not exist."));
                continue;
            }

            if (current.Status != "open")
            {
                outcomes.Add((id, $"Already resolved by {current.ResolvedBy}."));
                continue;
            }

            var choices = current.Fields.ToDictionary(f => f.Field, _ => choice, StringComparer.Ordinal);
            var (resolved, errors) = await ResolveAsync(tenantId, id, choices, actor, cancellationToken);
            outcomes.Add((id, resolved is null ? string.Join(" ", errors.SelectMany(e => e.Value)) : null));
        }

        return outcomes;
    }
}
