using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Matching;

/// <summary>Finds the record on the other side that an unlinked record should be linked to.</summary>
public static class RecordMatcher
{
    // Enough to tell "one" from "several" without reading a large result set.
    private const int CandidateLimit = 10;

    /// <summary>
    /// Tries <paramref name="keys"/> in order. For each key with all values present, <paramref name="search"/> returns
    /// candidate ids for the criteria (or null when the criteria cannot be expressed on the other side, e.g. a reference
    /// not linked yet); candidates already linked (<paramref name="isLinked"/>) are ignored.
    /// </summary>
    public static async Task<MatchOutcome> MatchAsync(
        EntityType entityType,
        FieldMap fields,
        IReadOnlyList<MatchKey> keys,
        Func<MatchCriteria, CancellationToken, Task<IAsyncEnumerable<string>?>> search,
        Func<string, CancellationToken, Task<bool>> isLinked,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(isLinked);
        foreach (var key in keys)
        {
            var values = key.Fields.Select(f => KeyValuePair.Create(f, fields[f])).ToList();
            if (values.Any(v => v.Value.IsNull || v.Value.ToString() == "\"\""))
            {
                continue;
            }

            var found = await search(new MatchCriteria(entityType, values), cancellationToken);
            if (found is null)
            {
                continue;
            }

            var candidates = new List<string>();
            await foreach (var id in found.WithCancellation(cancellationToken))
            {
                if (!candidates.Contains(id, StringComparer.Ordinal) && !await isLinked(id, cancellationToken))
                {
                    candidates.Add(id);
                }

                if (candidates.Count >= CandidateLimit)
                {
                    break;
                }
            }

            if (candidates.Count > 0)
            {
                return new(candidates.Count == 1 ? MatchKind.Unique : MatchKind.Ambiguous, candidates, key);
            }
        }

        return MatchOutcome.NoMatch;
    }
}
