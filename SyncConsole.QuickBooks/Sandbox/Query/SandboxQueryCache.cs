using System.Collections.Concurrent;

namespace SyncConsole.QuickBooks.Sandbox.Query;

/// <summary>
/// The ordered ids a query matched, per realm version: paging through a large company (STARTPOSITION 1, 1001, ...)
/// filters and sorts the company once instead of once per page. Any write moves the realm's version on, so an entry
/// is never stale; a few dozen entries of ids only, cleared when full.
/// </summary>
internal sealed class SandboxQueryCache
{
    private const int MaxEntries = 32;
    private readonly ConcurrentDictionary<string, (long Version, IReadOnlyList<string> Ids)> _entries = new(StringComparer.Ordinal);

    public IReadOnlyList<string>? Find(string realmId, long version, SandboxQuery query) =>
        _entries.TryGetValue(Key(realmId, query), out var entry) && entry.Version == version ? entry.Ids : null;

    public void Store(string realmId, long version, SandboxQuery query, IReadOnlyList<string> ids)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[Key(realmId, query)] = (version, ids);
    }

    // Everything but the paging: the entity, the conditions and the order.
    private static string Key(string realmId, SandboxQuery query) =>
        string.Join('\u001f', new[] { realmId, SandboxEntities.Name(query.Entity) }
            .Concat(query.Conditions.Select(c => $"{c.Path}\u001e{c.Operator}\u001e{string.Join('\u001e', c.Values)}"))
            .Append("|")
            .Concat(query.OrderBy.Select(o => $"{o.Path}\u001e{o.Descending}")));
}
