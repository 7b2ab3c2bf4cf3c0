namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>
/// Persistence port of the QuickBooks sandbox emulator: companies (realms), their records as JSON, OAuth tokens and
/// the <c>requestid</c> replay cache. The emulator keeps no other state, so an implementation on a database makes the
/// emulator survive restarts.
/// </summary>
/// <remarks>
/// <para>Every write of one realm is one <see cref="CommitAsync"/> call, which must be applied atomically (one database
/// transaction): the realm row (its id counter and <see cref="SandboxRealm.Version"/>), the upserted records and the
/// optional replay entry. An EF Core implementation needs four tables (realms, records keyed by realm + entity + id,
/// replays keyed by realm + request id, tokens keyed by hash and indexed by grant), uses <see cref="SandboxRealm.Version"/> as a concurrency
/// token and throws <see cref="SandboxConcurrencyException"/> when the stored version is not
/// <see cref="SandboxCommit.ExpectedVersion"/>.</para>
/// <para>Records are never removed: a deleted transaction is kept as a tombstone (<see cref="SandboxRecord.Deleted"/>)
/// because change data capture reports deletions.</para>
/// </remarks>
public interface ISandboxStore
{
    /// <summary>Finds a realm by id, or returns <see langword="null"/>.</summary>
    Task<SandboxRealm?> FindRealmAsync(string realmId, CancellationToken cancellationToken);

    /// <summary>Lists every realm, ordered by creation time.</summary>
    Task<IReadOnlyList<SandboxRealm>> ListRealmsAsync(CancellationToken cancellationToken);

    /// <summary>Adds a new realm (its <see cref="SandboxRealm.Version"/> is 0).</summary>
    Task AddRealmAsync(SandboxRealm realm, CancellationToken cancellationToken);

    /// <summary>Lists all records (tombstones included) of one entity type in a realm, in any order.</summary>
    Task<IReadOnlyList<SandboxRecord>> ListRecordsAsync(string realmId, string entity, CancellationToken cancellationToken);

    /// <summary>Finds one record (or tombstone) by realm, entity type and id.</summary>
    Task<SandboxRecord?> FindRecordAsync(string realmId, string entity, string id, CancellationToken cancellationToken);

    /// <summary>Finds the stored response of an earlier write that carried the same <c>requestid</c>.</summary>
    Task<SandboxReplay?> FindReplayAsync(string realmId, string requestId, CancellationToken cancellationToken);

    /// <summary>Applies one realm's write atomically; see the remarks of <see cref="ISandboxStore"/>.</summary>
    /// <exception cref="SandboxConcurrencyException">The realm changed since it was read.</exception>
    Task CommitAsync(SandboxCommit commit, CancellationToken cancellationToken);

    /// <summary>Finds an OAuth token or authorization code by the SHA-256 hash of its value.</summary>
    Task<SandboxToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Atomically removes the tokens with the given hashes and stores the new ones (code exchange, rotation).</summary>
    Task ReplaceTokensAsync(IReadOnlyCollection<string> removeHashes, IReadOnlyCollection<SandboxToken> add, CancellationToken cancellationToken);

    /// <summary>Removes every token and code of one grant (revocation disconnects the app).</summary>
    Task RevokeGrantAsync(string grantId, CancellationToken cancellationToken);

    /// <summary>
    /// Streams all records (tombstones included) of one entity type in a realm, in any order, without holding them all
    /// at once. The default lists them.
    /// </summary>
    async IAsyncEnumerable<SandboxRecord> StreamRecordsAsync(
        string realmId, string entity, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var record in await ListRecordsAsync(realmId, entity, cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>
    /// Streams the headers (<see cref="SandboxRecordHeader"/>) of all records (tombstones included) of one entity type in a
    /// realm, in any order: what a full read filters and sorts on, without the JSON. The default reads the records.
    /// </summary>
    async IAsyncEnumerable<SandboxRecordHeader> StreamHeadersAsync(
        string realmId, string entity, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in StreamRecordsAsync(realmId, entity, cancellationToken))
        {
            yield return SandboxRecordHeader.Of(record);
        }
    }

    /// <summary>Finds the records (or tombstones) with the given ids, in any order; missing ids are left out. The default finds them one by one.</summary>
    async Task<IReadOnlyList<SandboxRecord>> FindRecordsAsync(
        string realmId, string entity, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<SandboxRecord>(ids.Count);
        foreach (var id in ids)
        {
            if (await FindRecordAsync(realmId, entity, id, cancellationToken) is { } record)
            {
                found.Add(record);
            }
        }

        return found;
    }

    /// <summary>Lists the records (tombstones included) of one entity type last updated at or after <paramref name="since"/>. The default filters the full list.</summary>
    async Task<IReadOnlyList<SandboxRecord>> ListChangedSinceAsync(
        string realmId, string entity, DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await ListRecordsAsync(realmId, entity, cancellationToken)).Where(r => r.LastUpdated >= since)];

    /// <summary>
    /// Lists the records (tombstones included) of one entity type whose <c>DisplayName</c> has the key of
    /// <paramref name="displayName"/> (<see cref="SandboxDisplayNames"/>): the uniqueness check of names, which a database
    /// answers from an index. The default filters the full list.
    /// </summary>
    async Task<IReadOnlyList<SandboxRecord>> ListByDisplayNameAsync(
        string realmId, string entity, string displayName, CancellationToken cancellationToken)
    {
        var key = SandboxDisplayNames.KeyOf(displayName);
        return [.. (await ListRecordsAsync(realmId, entity, cancellationToken)).Where(r => SandboxDisplayNames.KeyOfJson(r.Json) == key)];
    }
}
