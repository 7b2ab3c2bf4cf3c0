namespace SyncConsole.QuickBooks;

/// <summary>QuickBooks Online integration settings, bound from the <c>QuickBooks</c> section.</summary>
public sealed class QuickBooksOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "QuickBooks";

    /// <summary>Which QuickBooks to use. Default <see cref="QuickBooksEnvironment.Sandbox"/>.</summary>
    public QuickBooksEnvironment Environment { get; set; } = QuickBooksEnvironment.Sandbox;

    /// <summary>The app's OAuth client id (from the Intuit developer portal). Required.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The app's OAuth client secret. Required; keep it out of appsettings.json.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>The webhook verifier token (not the client secret). Without it every webhook is rejected. Default empty.</summary>
    public string? WebhookVerifierToken { get; set; }

    /// <summary>The API minor version sent on every request. Default 75, the minimum QuickBooks accepts.</summary>
    public int MinorVersion { get; set; } = 75;

    /// <summary>OAuth scopes requested, space separated. Default <c>com.intuit.quickbooks.accounting</c>.</summary>
    public string Scopes { get; set; } = "com.intuit.quickbooks.accounting";

    /// <summary>The app's own base URL, where the emulator is mounted; required for <see cref="QuickBooksEnvironment.Emulator"/>. Default empty.</summary>
    public Uri? EmulatorBaseUrl { get; set; }

    /// <summary>Overrides the accounting API base URL (the part before <c>/v3</c>). Default empty: per environment.</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>Overrides the OAuth authorize URL. Default empty: per environment.</summary>
    public Uri? AuthorizeUrl { get; set; }

    /// <summary>Overrides the OAuth token URL. Default empty: per environment.</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>Overrides the OAuth revoke URL. Default empty: per environment.</summary>
    public Uri? RevokeUrl { get; set; }

    /// <summary>Requests per minute per realm the client stays under. Default 500 (QuickBooks' limit).</summary>
    public int RequestsPerMinute { get; set; } = 500;

    /// <summary>Requests per second per realm the client stays under. Default 10.</summary>
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>Requests in flight per realm. Default 10.</summary>
    public int MaxConcurrentRequests { get; set; } = 10;

    /// <summary>Retries of a throttled or transient failure. Default 5.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>First retry delay, doubled per attempt with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait before a retry, including a server's Retry-After. Default 60 s (Intuit's advice after a 429).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one HTTP attempt. Default 120 s (QuickBooks' own request timeout).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Rows per query page. Default 1000, the maximum.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>Operations per batch request. Default 30.</summary>
    public int MaxBatchItems { get; set; } = 30;

    /// <summary>How long before expiry an access token is refreshed. Default 5 minutes.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back CDC is used; older cursors fall back to queries on LastUpdatedTime. Default 30 days minus 1 hour.</summary>
    public TimeSpan CdcWindow { get; set; } = TimeSpan.FromDays(30) - TimeSpan.FromHours(1);
}
