using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;

namespace SyncConsole.Integrations;

/// <summary>The console's view of a tenant's integrations: the catalog, each connection's status and its token health.</summary>
public sealed partial class ConnectionHealthService(
    IDbContextFactory<SyncConsoleDbContext> contexts, IntegrationCatalog catalog, ILogger<ConnectionHealthService> logger)
{
    public async Task<IReadOnlyList<IntegrationOverview>> ListAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connections = await db.Connections.AsNoTracking().Where(c => c.TenantId == tenantId)
            .ToDictionaryAsync(c => c.IntegrationId, StringComparer.Ordinal, cancellationToken);
        var overviews = new List<IntegrationOverview>();
        foreach (var integration in catalog.All)
        {
            var connection = connections.GetValueOrDefault(integration.Id);
            var tokens = connection?.ProtectedCredentials is null ? null : await TokensAsync(integration, connection.Id, cancellationToken);
            overviews.Add(new IntegrationOverview(integration, connection, tokens));
        }

        return overviews;
    }

    // Token health is informative: credentials that no longer decrypt (a lost key) show as unknown, and the
    // next sync reports the connection as needing reauthorization.
    private async Task<TokenHealth?> TokensAsync(IOAuthIntegration integration, string connectionId, CancellationToken cancellationToken)
    {
        try
        {
            return await integration.GetTokenHealthAsync(connectionId, cancellationToken);
        }
        catch (CryptographicException ex)
        {
            LogUnreadable(logger, ex, connectionId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The credentials of connection {ConnectionId} could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string connectionId);
}
