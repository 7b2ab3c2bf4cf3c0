using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.Sandbox;

/// <summary>
/// The QuickBooks emulator's state in SyncConsole's own database, so a demo keeps its QuickBooks side and a test can
/// kill and restart the host without losing the external system. A commit is one transaction guarded by the
/// realm's version, so two writers can never interleave inside one company.
/// </summary>
internal sealed class DatabaseSandboxStore(IDbContextFactory<SyncConsoleDbContext> contexts) : ISandboxStore
{
    public async Task<SandboxRealm?> FindRealmAsync(string realmId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SandboxRealms.AsNoTracking().SingleOrDefaultAsync(r => r.RealmId == realmId, cancellationToken);
        return row is null ? null : ToRealm(row);
    }

    public async Task<IReadOnlyList<SandboxRealm>> ListRealmsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SandboxRealms.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CreatedAt).Select(ToRealm)];
    }

    public async Task AddRealmAsync(SandboxRealm realm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(realm);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.SandboxRealms.Add(ToRow(realm));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new SandboxConcurrencyException($"Realm {realm.RealmId} already exists.", ex);
        }
    }

    public async Task<IReadOnlyList<SandboxRecord>> ListRecordsAsync(string realmId, string entity, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SandboxRecords.AsNoTracking()
            .Where(r => r.RealmId == realmId && r.Entity == entity)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToRecord)];
    }

    public async IAsyncEnumerable<SandboxRecord> StreamRecordsAsync(
        string realmId, string entity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.SandboxRecords.AsNoTracking().Where(r => r.RealmId == realmId && r.Entity == entity).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return ToRecord(row);
        }
    }

    public async IAsyncEnumerable<SandboxRecordHeader> StreamHeadersAsync(
        string realmId, string entity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var headers = db.SandboxRecords.AsNoTracking()
            .Where(r => r.RealmId == realmId && r.Entity == entity)
            .Select(r => new SandboxRecordHeader(r.Id, r.LastUpdated, r.Deleted, r.Active))
            .AsAsyncEnumerable();
        await foreach (var header in headers.WithCancellation(cancellationToken))
        {
            yield return header;
        }
    }

    public async Task<IReadOnlyList<SandboxRecord>> FindRecordsAsync(
        string realmId, string entity, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SandboxRecords.AsNoTracking()
            .Where(r => r.RealmId == realmId && r.Entity == entity && ids.Contains(r.Id))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToRecord)];
    }

    public async Task<IReadOnlyList<SandboxRecord>> ListChangedSinceAsync(
        string realmId, string entity, DateTimeOffset since, CancellationToken cancellationToken)
    {
        // Stored times are UTC (PostgreSQL's timestamptz takes no other offset), CDC's may be in the company's zone.
        var utc = since.ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SandboxRecords.AsNoTracking()
            .Where(r => r.RealmId == realmId && r.Entity == entity && r.LastUpdated >= utc)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToRecord)];
    }

    public async Task<IReadOnlyList<SandboxRecord>> ListByDisplayNameAsync(
        string realmId, string entity, string displayName, CancellationToken cancellationToken)
    {
        var key = SandboxDisplayNames.KeyOf(displayName);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.SandboxRecords.AsNoTracking()
            .Where(r => r.RealmId == realmId && r.Entity == entity && r.DisplayNameKey == key)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToRecord)];
    }

    public async Task<SandboxRecord?> FindRecordAsync(string realmId, string entity, string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SandboxRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RealmId == realmId && r.Entity == entity && r.Id == id, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    public async Task<SandboxReplay?> FindReplayAsync(string realmId, string requestId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SandboxReplays.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RealmId == realmId && r.RequestId == requestId, cancellationToken);
        return row is null ? null : new SandboxReplay(row.RealmId, row.RequestId, row.StatusCode, row.Body, row.CreatedAt);
    }

    public async Task CommitAsync(SandboxCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var realm = commit.Realm;
        var faults = JsonSerializer.Serialize(realm.Faults);
        var moved = await db.SandboxRealms
            .Where(r => r.RealmId == realm.RealmId && r.Version == commit.ExpectedVersion)
            .ExecuteUpdateAsync(
                set => set.SetProperty(r => r.Version, realm.Version)
                    .SetProperty(r => r.NextId, realm.NextId)
                    .SetProperty(r => r.Name, realm.Name)
                    .SetProperty(r => r.FaultsJson, faults),
                cancellationToken);
        if (moved == 0)
        {
            throw new SandboxConcurrencyException();
        }

        await UpsertRecordsAsync(db, realm.RealmId, commit.Records, cancellationToken);
        if (commit.Replay is { } replay)
        {
            db.SandboxReplays.Add(new SandboxReplayRow
            {
                RealmId = replay.RealmId,
                RequestId = replay.RequestId,
                StatusCode = replay.StatusCode,
                Body = replay.Body,
                CreatedAt = replay.CreatedAt,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<SandboxToken?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.SandboxTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == tokenHash, cancellationToken);
        return row is null
            ? null
            : new SandboxToken(row.TokenHash, Enum.Parse<SandboxTokenKind>(row.Kind), row.ClientId, row.RealmId, row.GrantId, row.ExpiresAt, row.RedirectUri);
    }

    public async Task ReplaceTokensAsync(
        IReadOnlyCollection<string> removeHashes, IReadOnlyCollection<SandboxToken> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(removeHashes);
        ArgumentNullException.ThrowIfNull(add);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (removeHashes.Count > 0)
        {
            await db.SandboxTokens.Where(t => removeHashes.Contains(t.TokenHash)).ExecuteDeleteAsync(cancellationToken);
        }

        db.SandboxTokens.AddRange(add.Select(t => new SandboxTokenRow
        {
            TokenHash = t.TokenHash,
            Kind = t.Kind.ToString(),
            ClientId = t.ClientId,
            RealmId = t.RealmId,
            GrantId = t.GrantId,
            ExpiresAt = t.ExpiresAt,
            RedirectUri = t.RedirectUri,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RevokeGrantAsync(string grantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SandboxTokens.Where(t => t.GrantId == grantId).ExecuteDeleteAsync(cancellationToken);
    }

    // One read for all existing keys of the commit, then tracked updates and inserts in one SaveChanges.
    private static async Task UpsertRecordsAsync(
        SyncConsoleDbContext db, string realmId, IReadOnlyList<SandboxRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var ids = records.Select(r => r.Id).Distinct().ToList();
        var existing = await db.SandboxRecords
            .Where(r => r.RealmId == realmId && ids.Contains(r.Id))
            .ToDictionaryAsync(r => (r.Entity, r.Id), cancellationToken);
        foreach (var record in records)
        {
            if (!existing.TryGetValue((record.Entity, record.Id), out var row))
            {
                row = new SandboxRecordRow { RealmId = record.RealmId, Entity = record.Entity, Id = record.Id, Json = record.Json };
                db.SandboxRecords.Add(row);
                existing[(record.Entity, record.Id)] = row;
            }

            CopyTo(record, row);
        }
    }

    // The object and its indexed columns (display name key, Active flag), read from one parse of its JSON.
    private static void CopyTo(SandboxRecord record, SandboxRecordRow row)
    {
        row.Json = record.Json;
        row.LastUpdated = record.LastUpdated;
        row.Deleted = record.Deleted;
        using var document = JsonDocument.Parse(record.Json);
        row.DisplayNameKey = SandboxDisplayNames.KeyOfObject(document.RootElement);
        row.Active = SandboxRecordHeader.ActiveOf(document.RootElement);
    }

    private static SandboxRealm ToRealm(SandboxRealmRow row) => new(
        row.RealmId, row.Name, row.CreatedAt, row.NextId, row.Version,
        JsonSerializer.Deserialize<SandboxFaults>(row.FaultsJson) ?? SandboxFaults.None);

    private static SandboxRealmRow ToRow(SandboxRealm realm) => new()
    {
        RealmId = realm.RealmId,
        Name = realm.Name,
        CreatedAt = realm.CreatedAt,
        NextId = realm.NextId,
        Version = realm.Version,
        FaultsJson = JsonSerializer.Serialize(realm.Faults),
    };

    private static SandboxRecord ToRecord(SandboxRecordRow row) =>
        new(row.RealmId, row.Entity, row.Id, row.Json, row.LastUpdated, row.Deleted);
}
