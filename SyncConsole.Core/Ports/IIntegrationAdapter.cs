using SyncConsole.Core.Schema;

namespace SyncConsole.Core.Ports;

/// <summary>
/// The port to one accounting provider (QuickBooks Online first). It speaks provider DTOs
/// (<see cref="ExternalRecord.Payload"/>); the provider's <see cref="IEntityMapper"/>s translate them. Every call is
/// scoped to a connection (one tenant's link to one provider company).
/// </summary>
public interface IIntegrationAdapter
{
    /// <summary>Makes sure the connection can call the provider, refreshing tokens when needed.</summary>
    Task<AuthenticationStatus> AuthenticateAsync(string connectionId, CancellationToken cancellationToken);

    /// <summary>
    /// Streams records page by page: every record when <paramref name="cursor"/> is null (full sync), else the changes
    /// since the cursor (including deletion notices). Pages must be bounded; never the whole data set at once.
    /// </summary>
    IAsyncEnumerable<ExternalPage> ReadPagesAsync(
        string connectionId, EntityType entityType, string? cursor, CancellationToken cancellationToken);

    /// <summary>Reads one record by provider id; null when it does not exist.</summary>
    Task<ExternalRecord?> GetAsync(
        string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken);

    /// <summary>Streams the records matching <paramref name="criteria"/> (first-sync matching).</summary>
    IAsyncEnumerable<ExternalRecord> FindAsync(
        string connectionId, MatchCriteria criteria, CancellationToken cancellationToken);

    /// <summary>Performs one write.</summary>
    Task<WriteResult> WriteAsync(string connectionId, ExternalWrite write, CancellationToken cancellationToken);

    /// <summary>Performs independent writes in one provider batch; results come back in request order.</summary>
    Task<IReadOnlyList<WriteResult>> WriteBatchAsync(
        string connectionId, IReadOnlyList<ExternalWrite> writes, CancellationToken cancellationToken);
}
