using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Runs reads and writes against one realm: a write holds the realm's lock, replays a known <c>requestid</c>, and
/// commits everything it changed (plus the replay entry) in one store call before webhooks are queued.
/// </summary>
internal sealed class SandboxCompanies(
    ISandboxStore store, IOptions<SandboxOptions> options, TimeProvider time, SandboxWebhookQueue webhooks, SandboxFaultInjector faults)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public string ServerTime() => SandboxJson.FormatServer(time.GetUtcNow(), options.Value.CompanyUtcOffset);

    public Task<SandboxRealm?> FindRealmAsync(string realmId, CancellationToken cancellationToken) => store.FindRealmAsync(realmId, cancellationToken);

    public Task<IReadOnlyList<SandboxRealm>> ListRealmsAsync(CancellationToken cancellationToken) => store.ListRealmsAsync(cancellationToken);

    public async Task<SandboxRealm> CreateRealmAsync(string name, CancellationToken cancellationToken)
    {
        var id = "9341" + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var realm = new SandboxRealm(id, name, time.GetUtcNow(), NextId: 1, Version: 0, SandboxFaults.None);
        await store.AddRealmAsync(realm, cancellationToken);
        return realm;
    }

    public Task UpdateFaultsAsync(string realmId, SandboxFaults faults, CancellationToken cancellationToken) =>
        WithLockAsync(realmId, async realm =>
        {
            var updated = realm with { Faults = faults, Version = realm.Version + 1 };
            await store.CommitAsync(new SandboxCommit(updated, realm.Version, [], null), cancellationToken);
            return 0;
        }, cancellationToken);

    /// <summary>Runs a read-only operation; faults become Fault answers.</summary>
    public async Task<SandboxResult> ReadAsync(SandboxRealm realm, Func<SandboxSession, Task<JsonObject>> work, CancellationToken cancellationToken)
    {
        var session = NewSession(realm);
        try
        {
            return SandboxResponses.Ok(await work(session), ServerTime());
        }
        catch (SandboxFaultException fault)
        {
            return SandboxResponses.Fault(fault, ServerTime());
        }
    }

    /// <summary>Runs a write; a fault writes nothing, a success is committed and remembered under its requestid.</summary>
    public Task<SandboxResult> WriteAsync(
        string realmId, string? requestId, Func<SandboxSession, Task<JsonObject>> work, CancellationToken cancellationToken, bool publishWebhooks = true) =>
        WithLockAsync(realmId, async realm =>
        {
            if (!string.IsNullOrEmpty(requestId) && await store.FindReplayAsync(realmId, requestId, cancellationToken) is { } replay)
            {
                return new SandboxResult(replay.StatusCode, replay.Body);
            }

            var session = NewSession(realm);
            JsonObject body;
            try
            {
                body = await work(session);
            }
            catch (SandboxFaultException fault)
            {
                // Only successful answers are replayed: a caller that fixes its request may retry it under the same id.
                return SandboxResponses.Fault(fault, ServerTime());
            }

            var result = SandboxResponses.Ok(body, ServerTime());
            var replayEntry = string.IsNullOrEmpty(requestId) ? null : new SandboxReplay(realmId, requestId, result.Status, result.Body, time.GetUtcNow());
            await session.CommitAsync(replayEntry, cancellationToken);
            if (publishWebhooks)
            {
                webhooks.Publish(session.Changes, faults.FaultsFor(realm));
            }

            return result;
        }, cancellationToken);

    private SandboxSession NewSession(SandboxRealm realm) => new(store, realm, time.GetUtcNow(), options.Value.CompanyUtcOffset);

    private async Task<T> WithLockAsync<T>(string realmId, Func<SandboxRealm, Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(realmId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var realm = await store.FindRealmAsync(realmId, cancellationToken)
                ?? throw SandboxFaultException.AuthorizationFailed();
            return await work(realm);
        }
        finally
        {
            gate.Release();
        }
    }
}
