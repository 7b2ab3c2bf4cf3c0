using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Audit;
using SyncConsole.Data;
using SyncConsole.Security.Credentials;

namespace SyncConsole.Notifications;

/// <summary>Reads and changes a tenant's notification endpoint; the signing secret is generated here and kept encrypted.</summary>
public sealed class NotificationEndpointService(
    IDbContextFactory<SyncConsoleDbContext> contexts, CredentialProtector protector, TimeProvider time)
{
    public const int MaxUrlLength = 2000;

    public async Task<NotificationEndpointView> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NotificationEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.TenantId == tenantId, cancellationToken);
        return row is null ? new NotificationEndpointView(false, null, false, null, null, null) : View(row, null);
    }

    /// <summary>The field errors of a settings change (empty when valid).</summary>
    public static Dictionary<string, string[]> Validate(string? url, bool? enabled)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(url))
        {
            errors["url"] = ["url is required."];
        }
        else if (url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0)
        {
            errors["url"] = [$"url must be an absolute http or https URL without credentials, at most {MaxUrlLength} characters."];
        }

        if (enabled is null)
        {
            errors["enabled"] = ["enabled is required (true or false)."];
        }

        return errors;
    }

    /// <summary>Saves validated settings; a first save or <paramref name="rotateSecret"/> generates a secret, returned once.</summary>
    public async Task<NotificationEndpointView> SaveAsync(
        Guid tenantId, string url, bool enabled, bool rotateSecret, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NotificationEndpoints.SingleOrDefaultAsync(e => e.TenantId == tenantId, cancellationToken);
        var before = row is null ? null : new { row.Url, row.Enabled, row.SecretCreatedAt };
        string? secret = null;
        if (row is null || rotateSecret)
        {
            secret = "whsec_" + Base64Url(RandomNumberGenerator.GetBytes(32));
            var protectedSecret = await protector.ProtectAsync(secret, Purpose(tenantId), cancellationToken);
            if (row is null)
            {
                row = new NotificationEndpointRow { TenantId = tenantId, Url = url, SecretProtected = protectedSecret, UpdatedBy = actor };
                db.NotificationEndpoints.Add(row);
            }

            row.SecretProtected = protectedSecret;
            row.SecretCreatedAt = now;
        }

        row.Url = url;
        row.Enabled = enabled;
        row.UpdatedAt = now;
        row.UpdatedBy = actor;
        db.AuditEntries.Add(AuditEntries.Create(
            tenantId, now, actor, "notification_endpoint.updated", null, null, before, new { row.Url, row.Enabled, row.SecretCreatedAt, secret_rotated = secret is not null }));
        await db.SaveChangesAsync(cancellationToken);
        return View(row, secret);
    }

    /// <summary>Where and with what to sign, when the tenant's endpoint is enabled.</summary>
    internal async Task<(string Url, string Secret)?> GetSigningAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.NotificationEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.TenantId == tenantId && e.Enabled, cancellationToken);
        return row is null ? null : (row.Url, await protector.UnprotectAsync(row.SecretProtected, Purpose(tenantId), cancellationToken));
    }

    private static string Purpose(Guid tenantId) => $"notification-endpoint:{tenantId:D}";

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static NotificationEndpointView View(NotificationEndpointRow row, string? secret) =>
        new(true, row.Url, row.Enabled, row.SecretCreatedAt, row.UpdatedAt, row.UpdatedBy, secret);
}
