using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Matching;

/// <summary>Finds the record on the other side that an unlinked record should be linked to, without ever guessing.</summary>
public static class RecordMatcher
{
    // Enough to tell "one" from "several" without reading a large result set.
    private const int CandidateLimit = 10;

    /// <summary>
    /// Tries the keys in order; the first key with all values present that finds unlinked candidates decides. One
    /// candidate is a match only if it is unambiguous both ways: searching back from the candidate with the same key
    /// must find no other unlinked record on our side either (two "Acme" here and one there is a review, not a link).
    /// </summary>
    /// <param name="entityType">The entity type.</param>
    /// <param name="fields">The unlinked record's fields (our ids).</param>
    /// <param name="keys">The matching keys, in order.</param>
    /// <param name="other">The side searched for candidates.</param>
    /// <param name="own">The side of the unlinked record, for the reverse check.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static async Task<MatchOutcome> MatchAsync(
        EntityType entityType, FieldMap fields, IReadOnlyList<MatchKey> keys, MatchSource other, MatchSource own,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(own);
        foreach (var key in keys)
        {
            var candidates = await UnlinkedAsync(entityType, fields, key, other, CandidateLimit, cancellationToken);
            if (candidates is not { Count: > 0 })
            {
                continue;
            }

            if (candidates.Count > 1)
            {
                return new(MatchKind.Ambiguous, candidates, key);
            }

            var candidateFields = await other.FieldsOf(candidates[0], cancellationToken);
            var rivals = candidateFields is null
                ? null
                : await UnlinkedAsync(entityType, candidateFields, key, own, 2, cancellationToken);
            return new(rivals is { Count: > 1 } ? MatchKind.Ambiguous : MatchKind.Unique, candidates, key);
        }

        return MatchOutcome.NoMatch;
    }

    /// <summary>Unlinked records of <paramref name="side"/> equal to <paramref name="fields"/> under the key; null when the key cannot apply.</summary>
    private static async Task<List<string>?> UnlinkedAsync(
        EntityType entityType, FieldMap fields, MatchKey key, MatchSource side, int limit, CancellationToken cancellationToken)
    {
        var values = key.Fields.Select(f => KeyValuePair.Create(f, fields[f])).ToList();
        if (values.Any(v => v.Value.IsNull || v.Value.ToString() == "\"\""))
        {
            return null;
        }

        var found = await side.Search(new MatchCriteria(entityType, values), cancellationToken);
        if (found is null)
        {
            return null;
        }

        var ids = new List<string>();
        await foreach (var id in found.WithCancellation(cancellationToken))
        {
            if (!ids.Contains(id, StringComparer.Ordinal) && !await side.IsLinked(id, cancellationToken))
            {
                ids.Add(id);
            }

            if (ids.Count >= limit)
            {
                break;
            }
        }

        return ids;
    }
}
