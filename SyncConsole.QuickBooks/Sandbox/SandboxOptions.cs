using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Settings of the QuickBooks sandbox emulator, bound from <c>QuickBooks:Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "QuickBooks:Sandbox";

    /// <summary>The only OAuth client the emulator accepts. Default <c>syncconsole-sandbox</c>.</summary>
    public string ClientId { get; set; } = "syncconsole-sandbox";

    /// <summary>That client's secret (an emulator credential, not a real one). Default <c>sandbox-secret</c>.</summary>
    public string ClientSecret { get; set; } = "sandbox-secret";

    /// <summary>Access token lifetime. Default 3600 s, as QuickBooks.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Refresh token lifetime. Default 8726400 s (101 days), as QuickBooks reports.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromSeconds(8_726_400);

    /// <summary>Authorization code lifetime. Default 5 minutes.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The companies' UTC offset used in MetaData times. Default -07:00 (QuickBooks sandboxes are in Pacific time).</summary>
    public TimeSpan CompanyUtcOffset { get; set; } = TimeSpan.FromHours(-7);

    /// <summary>Where webhooks are posted; none are sent when empty. Default empty.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The verifier token webhooks are signed with. Required when <see cref="WebhookUrl"/> is set.</summary>
    public string? WebhookVerifierToken { get; set; }

    /// <summary>The webhook body format. Default <see cref="SandboxWebhookFormat.Legacy"/>.</summary>
    public SandboxWebhookFormat WebhookFormat { get; set; } = SandboxWebhookFormat.Legacy;

    /// <summary>Requests per minute per realm before 429. Default 500.</summary>
    public int RequestsPerMinute { get; set; } = 500;

    /// <summary>Requests per second per realm before 429. Default 10.</summary>
    public int RequestsPerSecond { get; set; } = 10;

    /// <summary>Requests in flight per realm before 429. Default 10.</summary>
    public int MaxConcurrentRequests { get; set; } = 10;

    /// <summary>Most items in one batch request. Default 30.</summary>
    public int MaxBatchItems { get; set; } = 30;

    /// <summary>How far back change data capture may look. Default 30 days.</summary>
    public TimeSpan CdcLookback { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Most objects in one CDC response, across all entities. Default 1000.</summary>
    public int CdcMaxObjects { get; set; } = 1000;

    /// <summary>The seed number of the demo company data, so the same number gives the same company. Default 42.</summary>
    public int DemoSeed { get; set; } = 42;

    /// <summary>Seed of the fault-injection and simulation randomness; null uses a random seed. Default null.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>Fault injection per realm id, overriding what the admin endpoint set. Default empty.</summary>
    public Dictionary<string, SandboxFaults> Faults { get; } = new(StringComparer.Ordinal);
}
