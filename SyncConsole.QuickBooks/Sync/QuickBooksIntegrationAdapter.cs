using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.QuickBooks.Mapping;

namespace SyncConsole.QuickBooks.Sync;

/// <summary>
/// Core's <see cref="IIntegrationAdapter"/> for QuickBooks Online: paged full loads and CDC change feeds behind an
/// opaque cursor, single and batched writes with requestid idempotency, and inactivate / delete / void per entity.
/// Payloads are the internal QuickBooks DTOs that the <c>Qbo*Mapper</c>s translate.
/// </summary>
internal sealed partial class QuickBooksIntegrationAdapter(
    QuickBooksApiClient api, QuickBooksTokenProvider tokens, IOptions<QuickBooksOptions> options, TimeProvider time) : IIntegrationAdapter
{
    /// <summary>Changes are re-read over this overlap: QuickBooks' times have whole seconds, and a re-read is harmless.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    public async Task<AuthenticationStatus> AuthenticateAsync(string connectionId, CancellationToken cancellationToken)
    {
        try
        {
            await tokens.GetAsync(connectionId, cancellationToken);
            return AuthenticationStatus.Authenticated;
        }
        catch (QuickBooksReauthorizationRequiredException)
        {
            return AuthenticationStatus.NeedsReauthentication;
        }
    }

    public Task<ExternalRecord?> GetAsync(string connectionId, EntityType entityType, string externalId, CancellationToken cancellationToken) => entityType switch
    {
        EntityType.Account => GetAsync<QboAccount>(connectionId, externalId, cancellationToken),
        EntityType.Item => GetAsync<QboItem>(connectionId, externalId, cancellationToken),
        EntityType.Customer => GetAsync<QboCustomer>(connectionId, externalId, cancellationToken),
        EntityType.Vendor => GetAsync<QboVendor>(connectionId, externalId, cancellationToken),
        EntityType.Invoice => GetAsync<QboInvoice>(connectionId, externalId, cancellationToken),
        EntityType.Bill => GetAsync<QboBill>(connectionId, externalId, cancellationToken),
        EntityType.Payment => GetAsync<QboPayment>(connectionId, externalId, cancellationToken),
    };

    public IAsyncEnumerable<ExternalRecord> FindAsync(string connectionId, MatchCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        return criteria.EntityType switch
        {
            EntityType.Account => FindAsync<QboAccount>(connectionId, criteria, cancellationToken),
            EntityType.Item => FindAsync<QboItem>(connectionId, criteria, cancellationToken),
            EntityType.Customer => FindAsync<QboCustomer>(connectionId, criteria, cancellationToken),
            EntityType.Vendor => FindAsync<QboVendor>(connectionId, criteria, cancellationToken),
            EntityType.Invoice => FindAsync<QboInvoice>(connectionId, criteria, cancellationToken),
            EntityType.Bill => FindAsync<QboBill>(connectionId, criteria, cancellationToken),
            EntityType.Payment => FindAsync<QboPayment>(connectionId, criteria, cancellationToken),
        };
    }

    private async Task<ExternalRecord?> GetAsync<T>(string connectionId, string externalId, CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        try
        {
            return QboMapping.ToExternal(await api.ReadAsync<T>(connectionId, externalId, cancellationToken));
        }
        catch (QuickBooksApiException exception) when (exception.Kind == QuickBooksErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>Narrows by name or document number in the query when the criteria allow, then checks every criterion on the canonical form.</summary>
    private async IAsyncEnumerable<ExternalRecord> FindAsync<T>(string connectionId, MatchCriteria criteria, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : QboEntity, IQboEntity
    {
        var mapper = QboMappers.For(criteria.EntityType);
        await foreach (var page in api.QueryPagesAsync<T>(connectionId, QuickBooksMatchQuery.Where(criteria), includeInactive: true, cancellationToken))
        {
            foreach (var item in page.Items)
            {
                var record = QboMapping.ToExternal(item);
                if (criteria.IsSatisfiedBy(mapper.ToCanonical(record).Fields))
                {
                    yield return record;
                }
            }
        }
    }
}
