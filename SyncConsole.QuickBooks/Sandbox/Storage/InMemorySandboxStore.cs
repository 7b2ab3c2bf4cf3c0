namespace SyncConsole.QuickBooks.Sandbox.Storage;

/// <summary>
/// A process-local <see cref="ISandboxStore"/> for tests and throw-away demos. One lock serialises every operation,
/// which is what makes <see cref="CommitAsync"/> atomic.
/// </summary>
public sealed class InMemorySandboxStore : ISandboxStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SandboxRealm> _realms = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Realm, string Entity, string Id), SandboxRecord> _records = [];
    private readonly Dictionary<(string Realm, string RequestId), SandboxReplay> _replays = [];
    private readonly Dictionary<string, SandboxToken> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<SandboxRealm?> FindRealmAsync(string realmId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_realms.GetValueOrDefault(realmId));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SandboxRealm>> ListRealmsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SandboxRealm> realms = [.. _realms.Values.OrderBy(r => r.CreatedAt)];
            return Task.FromResult(realms);
        }
    }

    /// <inheritdoc />
    public Task AddRealmAsync(SandboxRealm realm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(realm);
        lock (_gate)
        {
            if (!_realms.TryAdd(realm.RealmId, realm))
            {
                throw new SandboxConcurrencyException($"Realm {realm.RealmId} already exists.");
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SandboxRecord>> ListRecordsAsync(string realmId, string entity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<SandboxRecord> records =
                [.. _records.Values.Where(r => r.RealmId == realmId && r.Entity == entity)];
            return Task.FromResult(records);
        }
    }

    /// <inheritdoc />
    public Task<SandboxRecord?> FindRecordAsync(string realmId, string entity, string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_records.GetValueOrDefault((realmId, entity, id)));
        }
    }

    /// <inheritdoc />
    public Task<SandboxReplay?> FindReplayAsync(string realmId, string requestId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_replays.GetValueOrDefault((realmId, requestId)));
        }
    }

    /// <inheritdoc />
    public Task CommitAsync(SandboxCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            if (!_realms.TryGetValue(commit.Realm.RealmId, out var stored) || stored.Version != commit.ExpectedVersion)
            {
                throw new SandboxConcurrencyException();
            }

            _realms[commit.Realm.RealmId] = commit.Realm;
            foreach (var record in commit.Records)
            {
                _records[(record.RealmId, record.Entity, record.Id)] = record;
            }

            if (commit.Replay is { } replay)
            {
                _replays[(replay.RealmId, replay.RequestId)] = replay;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SandboxToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tokens.GetValueOrDefault(tokenHash));
        }
    }

    /// <inheritdoc />
    public Task ReplaceTokensAsync(IReadOnlyCollection<string> removeHashes, IReadOnlyCollection<SandboxToken> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(removeHashes);
        ArgumentNullException.ThrowIfNull(add);
        lock (_gate)
        {
            foreach (var hash in removeHashes)
            {
                _tokens.Remove(hash);
            }

            foreach (var token in add)
            {
                _tokens[token.TokenHash] = token;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RevokeGrantAsync(string grantId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var hash in _tokens.Values.Where(t => t.GrantId == grantId).Select(t => t.TokenHash).ToList())
            {
                _tokens.Remove(hash);
            }
        }

        return Task.CompletedTask;
    }
}
