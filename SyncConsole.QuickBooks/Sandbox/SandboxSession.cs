using System.Globalization;
using System.Text.Json.Nodes;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// The working set of one realm write: reads go through to the store, writes are collected and committed in one
/// <see cref="ISandboxStore.CommitAsync"/> call. Callers hold the realm's write lock for the session's lifetime.
/// </summary>
internal sealed class SandboxSession(ISandboxStore store, SandboxRealm realm, DateTimeOffset now, TimeSpan companyOffset)
{
    private readonly Dictionary<(SandboxEntity Entity, string Id), SandboxRecord> _pending = [];
    private readonly List<SandboxChange> _changes = [];
    private readonly long _expectedVersion = realm.Version;
    private long _nextId = realm.NextId;

    public SandboxRealm Realm { get; } = realm;

    public string RealmId => Realm.RealmId;

    /// <summary>The time stamped on writes; the seeder moves it to spread records over the past.</summary>
    public DateTimeOffset Now { get; set; } = now;

    public TimeSpan CompanyOffset { get; } = companyOffset;

    /// <summary>
    /// Ids that references cannot resolve to (batch items cannot see each other's creates); uniqueness checks still
    /// see them, as the items run one after another.
    /// </summary>
    public HashSet<string> Invisible { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SandboxChange> Changes => _changes;

    public bool HasWrites => _pending.Count > 0;

    public string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    public async Task<SandboxRecord?> FindRecordAsync(SandboxEntity entity, string id, CancellationToken cancellationToken)
    {
        if (Invisible.Contains(id))
        {
            return null;
        }

        return _pending.TryGetValue((entity, id), out var pending)
            ? pending
            : await store.FindRecordAsync(RealmId, SandboxEntities.Name(entity), id, cancellationToken);
    }

    /// <summary>The live (not deleted) object, as a fresh copy the caller may change.</summary>
    public async Task<JsonObject?> FindAsync(SandboxEntity entity, string id, CancellationToken cancellationToken)
    {
        var record = await FindRecordAsync(entity, id, cancellationToken);
        return record is null || record.Deleted ? null : SandboxJson.ParseObject(record.Json);
    }

    /// <summary>All records of a type, tombstones included, with this session's writes applied.</summary>
    public async Task<IReadOnlyList<SandboxRecord>> ListRecordsAsync(SandboxEntity entity, CancellationToken cancellationToken)
    {
        var stored = await store.ListRecordsAsync(RealmId, SandboxEntities.Name(entity), cancellationToken);
        var merged = stored.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var ((pendingEntity, id), record) in _pending)
        {
            if (pendingEntity == entity)
            {
                merged[id] = record;
            }
        }

        return [.. merged.Values];
    }

    /// <summary>The stored records of a type, streamed; only for a session without writes of its own.</summary>
    public IAsyncEnumerable<SandboxRecord> StreamStoredAsync(SandboxEntity entity, CancellationToken cancellationToken) =>
        HasWrites
            ? throw new InvalidOperationException("A session with writes reads through ListRecordsAsync.")
            : store.StreamRecordsAsync(RealmId, SandboxEntities.Name(entity), cancellationToken);

    /// <summary>Streams the headers of the stored records of a type (tombstones included); only for a session without writes.</summary>
    public IAsyncEnumerable<SandboxRecordHeader> StreamStoredHeadersAsync(SandboxEntity entity, CancellationToken cancellationToken) =>
        HasWrites
            ? throw new InvalidOperationException("A session with writes reads through ListRecordsAsync.")
            : store.StreamHeadersAsync(RealmId, SandboxEntities.Name(entity), cancellationToken);

    /// <summary>The stored records with the given ids, in the order of <paramref name="ids"/>; only for a session without writes.</summary>
    public async Task<IReadOnlyList<SandboxRecord>> FindStoredAsync(SandboxEntity entity, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (HasWrites)
        {
            throw new InvalidOperationException("A session with writes reads through FindRecordAsync.");
        }

        var found = (await store.FindRecordsAsync(RealmId, SandboxEntities.Name(entity), ids, cancellationToken)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>Records of a type last updated at or after <paramref name="since"/>, tombstones included, with this session's writes applied.</summary>
    public async Task<IReadOnlyList<SandboxRecord>> ListChangedSinceAsync(SandboxEntity entity, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var stored = await store.ListChangedSinceAsync(RealmId, SandboxEntities.Name(entity), since, cancellationToken);
        var merged = stored.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var ((pendingEntity, id), record) in _pending)
        {
            if (pendingEntity == entity)
            {
                merged[id] = record;
            }
        }

        return [.. merged.Values.Where(r => r.LastUpdated >= since)];
    }

    /// <summary>The live objects of a type with this <c>DisplayName</c> (trimmed, case-insensitive), this session's writes included.</summary>
    public async Task<IReadOnlyList<JsonObject>> ListLiveByDisplayNameAsync(SandboxEntity entity, string displayName, CancellationToken cancellationToken)
    {
        var stored = await store.ListByDisplayNameAsync(RealmId, SandboxEntities.Name(entity), displayName, cancellationToken);
        var merged = stored.ToDictionary(r => r.Id, StringComparer.Ordinal);
        foreach (var ((pendingEntity, id), record) in _pending)
        {
            if (pendingEntity == entity)
            {
                merged[id] = record;
            }
        }

        // This session's writes may have renamed a stored match away, or named a new object so.
        var key = SandboxDisplayNames.KeyOf(displayName);
        return [.. merged.Values.Where(r => !r.Deleted).Select(r => SandboxJson.ParseObject(r.Json))
            .Where(o => SandboxJson.GetString(o, "DisplayName") is { } name && SandboxDisplayNames.KeyOf(name) == key)];
    }

    public async Task<IReadOnlyList<JsonObject>> ListLiveAsync(SandboxEntity entity, CancellationToken cancellationToken)
    {
        var records = await ListRecordsAsync(entity, cancellationToken);
        return [.. records.Where(r => !r.Deleted).Select(r => SandboxJson.ParseObject(r.Json))];
    }

    public void Put(SandboxEntity entity, JsonObject obj, SandboxOperation operation)
    {
        var id = SandboxJson.GetString(obj, "Id") ?? throw new InvalidOperationException("A stored object needs an Id.");
        _pending[(entity, id)] = new SandboxRecord(RealmId, SandboxEntities.Name(entity), id, obj.ToJsonString(), Now, Deleted: false);
        _changes.Add(new SandboxChange(RealmId, entity, id, operation, Now));
    }

    public void PutTombstone(SandboxEntity entity, string id)
    {
        var tombstone = new JsonObject
        {
            ["status"] = "Deleted",
            ["domain"] = "QBO",
            ["Id"] = id,
            ["MetaData"] = new JsonObject { ["LastUpdatedTime"] = SandboxJson.FormatMeta(Now, CompanyOffset) },
        };
        _pending[(entity, id)] = new SandboxRecord(RealmId, SandboxEntities.Name(entity), id, tombstone.ToJsonString(), Now, Deleted: true);
        _changes.Add(new SandboxChange(RealmId, entity, id, SandboxOperation.Delete, Now));
    }

    /// <summary>Commits the writes (and the replay entry) as one store call; returns the committed changes.</summary>
    public async Task CommitAsync(SandboxReplay? replay, CancellationToken cancellationToken)
    {
        if (_pending.Count == 0 && replay is null)
        {
            return;
        }

        var realm = Realm with { NextId = _nextId, Version = _expectedVersion + 1 };
        await store.CommitAsync(new SandboxCommit(realm, _expectedVersion, [.. _pending.Values], replay), cancellationToken);
    }
}
