using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Creates emulated companies, empty or with the deterministic demo data (demo mode start-up, tests, admin endpoint).</summary>
public sealed class SandboxCompanyFactory
{
    private readonly SandboxCompanies _companies;
    private readonly SandboxTokenService _tokens;
    private readonly IOptions<SandboxOptions> _options;
    private readonly TimeProvider _time;

    internal SandboxCompanyFactory(SandboxCompanies companies, SandboxTokenService tokens, IOptions<SandboxOptions> options, TimeProvider time)
    {
        _companies = companies;
        _tokens = tokens;
        _options = options;
        _time = time;
    }

    /// <summary>Creates a company and issues tokens for it to <see cref="SandboxOptions.ClientId"/>.</summary>
    /// <param name="name">The company name.</param>
    /// <param name="demoData">True to fill it with the demo data of <see cref="SandboxOptions.DemoSeed"/> (hundreds of records).</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    public async Task<SandboxCompany> CreateAsync(string name, bool demoData, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var realm = await CreateRealmAsync(name, demoData, cancellationToken);
        var now = _time.GetUtcNow();
        var tokens = await _tokens.IssueAsync(realm.RealmId, cancellationToken);
        return new SandboxCompany(
            realm.RealmId, realm.Name, tokens.AccessToken, tokens.RefreshToken, now.AddSeconds(tokens.ExpiresIn), now.AddSeconds(tokens.RefreshExpiresIn));
    }

    /// <summary>Creates a company without issuing tokens (the consent page issues a code instead).</summary>
    internal async Task<SandboxRealm> CreateRealmAsync(string name, bool demoData, CancellationToken cancellationToken)
    {
        var realm = await _companies.CreateRealmAsync(name, cancellationToken);
        if (demoData)
        {
            var seed = _options.Value.DemoSeed;
            // Seeding is set-up, not activity: it sends no webhooks.
            var result = await _companies.WriteAsync(
                realm.RealmId, null, session => SandboxDemoSeeder.SeedAsync(session, seed, cancellationToken), cancellationToken, publishWebhooks: false);
            if (result.Status != 200)
            {
                throw new InvalidOperationException($"The demo data was rejected by the emulator's own rules: {result.Body}");
            }
        }

        return realm;
    }
}
