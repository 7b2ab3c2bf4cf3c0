using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Security.Credentials;

namespace SyncConsole.Integrations;

/// <summary>
/// The QuickBooks token set of a connection, encrypted at rest. Every save (each refresh rotates the refresh token)
/// is written at once, so a crash can never leave only the old, already-dead refresh token behind.
/// </summary>
internal sealed class ConnectionTokenStore(
    IDbContextFactory<SyncConsoleDbContext> contexts, CredentialProtector protector, TimeProvider time) : IQuickBooksTokenStore
{
    public async Task<QuickBooksTokenSet?> GetAsync(string connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        if (row?.ProtectedCredentials is null)
        {
            return null;
        }

        var json = await protector.UnprotectAsync(row.ProtectedCredentials, Purpose(row), cancellationToken);
        return JsonSerializer.Deserialize<QuickBooksTokenSet>(json);
    }

    public async Task SaveAsync(string connectionId, QuickBooksTokenSet tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Connections.SingleAsync(c => c.Id == connectionId, cancellationToken);
        row.ProtectedCredentials = await protector.ProtectAsync(JsonSerializer.Serialize(tokens), Purpose(row), cancellationToken);
        row.ExternalAccountId = tokens.RealmId;
        row.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    // Binds the ciphertext to its row: credentials copied into another tenant's connection do not decrypt.
    private static string Purpose(ConnectionRow row) => $"connection:{row.TenantId}:{row.Id}";
}
