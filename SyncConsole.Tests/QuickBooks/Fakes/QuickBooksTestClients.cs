using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Api;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Fakes;

/// <summary>Builds the real OAuth and API clients pointed at an emulator, with test-sized retry delays.</summary>
internal sealed class QuickBooksTestClients : IDisposable
{
    private readonly HttpClient _oauthHttp = new();
    private readonly HttpClient _apiHttp;

    public QuickBooksTestClients(SandboxServer server, Action<QuickBooksOptions>? configure = null)
        : this(server.BaseAddress, configure, null)
    {
    }

    public QuickBooksTestClients(Uri emulatorBase, Action<QuickBooksOptions>? configure, HttpMessageHandler? apiHandler)
    {
        var settings = new QuickBooksOptions
        {
            Environment = QuickBooksEnvironment.Emulator,
            EmulatorBaseUrl = emulatorBase,
            ClientId = SandboxServer.ClientId,
            ClientSecret = SandboxServer.ClientSecret,
            // Short waits keep tests fast; enough attempts that a busy machine's bursts still get through the
            // emulator's 10 per second (which, like QuickBooks, answers 429 with a long Retry-After, capped here).
            RetryBaseDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromSeconds(1),
            MaxRetryAttempts = 10,
            AttemptTimeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(settings);
        Options = Microsoft.Extensions.Options.Options.Create(settings);
        OAuth = new QuickBooksOAuthClient(_oauthHttp, Options, Clock);
        Tokens = new QuickBooksTokenProvider(Store, OAuth, Options, Clock);
        _apiHttp = apiHandler is null ? new HttpClient() : new HttpClient(apiHandler);
        Api = new QuickBooksApiClient(_apiHttp, Tokens, new QuickBooksRateGate(Options, Clock), Options, Clock, NullLogger<QuickBooksApiClient>.Instance);
    }

    public OffsetClock Clock { get; } = new();

    public IOptions<QuickBooksOptions> Options { get; }

    public InMemoryTokenStore Store { get; } = new();

    public QuickBooksOAuthClient OAuth { get; }

    public QuickBooksTokenProvider Tokens { get; }

    public QuickBooksApiClient Api { get; }

    /// <summary>Stores a realm's admin-issued tokens under <paramref name="connectionId"/> and returns it.</summary>
    public string Connect(CreatedRealm realm, string connectionId = "conn-1")
    {
        var now = Clock.GetUtcNow();
        Store.Seed(connectionId, new QuickBooksTokenSet(realm.RealmId, realm.AccessToken, realm.RefreshToken, now.AddHours(1), now.AddDays(100)));
        return connectionId;
    }

    public void Dispose()
    {
        _oauthHttp.Dispose();
        _apiHttp.Dispose();
    }
}
