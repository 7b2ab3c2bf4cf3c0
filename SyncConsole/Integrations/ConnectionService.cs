using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Admin;
using SyncConsole.Audit;
using SyncConsole.Data;
using SyncConsole.SyncJobs;

namespace SyncConsole.Integrations;

/// <summary>
/// Connect (OAuth with a single-use, tenant-bound, expiring state), complete, and disconnect. A connection created here
/// gets its rules seeded from the system default rules.
/// </summary>
public sealed class ConnectionService(
    IDbContextFactory<SyncConsoleDbContext> contexts, IntegrationCatalog catalog, PollingSchedules schedules, TimeProvider time)
{
    public static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    public async Task<(Uri AuthorizationUrl, string State)> BeginAsync(
        Guid tenantId, IOAuthIntegration integration, Uri redirectUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integration);
        var state = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.OAuthStates.Add(new OAuthStateRow
        {
            StateHash = Hash(state),
            TenantId = tenantId,
            IntegrationId = integration.Id,
            RedirectUri = redirectUri.ToString(),
            ExpiresAt = time.GetUtcNow() + StateLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return (integration.BuildAuthorizationUrl(state, redirectUri), state);
    }

    /// <summary>
    /// Consumes the state (atomically: a replay finds it used) and connects. Null when the state is unknown, of
    /// another tenant or integration, expired or already used.
    /// </summary>
    public async Task<ConnectionRow?> CompleteAsync(
        Guid tenantId, IOAuthIntegration integration, string state, string code, string externalAccountId, string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integration);
        var now = time.GetUtcNow();
        var hash = Hash(state);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OAuthStates
            .Where(s => s.StateHash == hash && s.TenantId == tenantId && s.IntegrationId == integration.Id && s.UsedAt == null && s.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var redirectUri = await db.OAuthStates.Where(s => s.StateHash == hash).Select(s => s.RedirectUri).SingleAsync(cancellationToken);
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == integration.Id, cancellationToken);
        var before = connection is null ? null : Snapshot(connection);
        if (connection is null)
        {
            connection = new ConnectionRow
            {
                Id = Guid.NewGuid().ToString("D"),
                TenantId = tenantId,
                IntegrationId = integration.Id,
                Status = ConnectionStatuses.Disconnected,
            };
            db.Connections.Add(connection);
            // A new connection starts from the system default rules as they are now, saved with it.
            await DefaultRuleService.SeedAsync(db, tenantId, integration.Id, actor, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var account = await integration.CompleteAsync(connection.Id, code, new Uri(redirectUri), externalAccountId, cancellationToken);
        await db.Entry(connection).ReloadAsync(cancellationToken);
        connection.Status = ConnectionStatuses.Connected;
        connection.ExternalAccountId = account;
        connection.ConnectedAt = now;
        connection.UpdatedAt = now;
        db.AuditEntries.Add(AuditEntries.Create(tenantId, now, actor, "connection.connected", null, connection.Id, before, Snapshot(connection)));
        await db.SaveChangesAsync(cancellationToken);
        await schedules.ApplyAsync(connection, cancellationToken);
        return connection;
    }

    public async Task<bool> DisconnectAsync(Guid tenantId, string integrationId, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Connections.SingleOrDefaultAsync(c => c.TenantId == tenantId && c.IntegrationId == integrationId, cancellationToken);
        if (connection is null || connection.Status == ConnectionStatuses.Disconnected)
        {
            return false;
        }

        if (catalog.Find(integrationId) is { } integration)
        {
            await integration.RevokeAsync(connection.Id, cancellationToken);
        }

        var before = Snapshot(connection);
        connection.ProtectedCredentials = null;
        connection.Status = ConnectionStatuses.Disconnected;
        connection.UpdatedAt = time.GetUtcNow();
        db.AuditEntries.Add(AuditEntries.Create(tenantId, connection.UpdatedAt, actor, "connection.disconnected", null, connection.Id, before, Snapshot(connection)));
        await db.SaveChangesAsync(cancellationToken);
        await schedules.ApplyAsync(connection, cancellationToken);
        return true;
    }

    private static object Snapshot(ConnectionRow c) =>
        new { c.Id, c.IntegrationId, c.Status, c.ExternalAccountId, c.ConnectedAt, HasCredentials = c.ProtectedCredentials is not null };

    private static string Hash(string state) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
}
