namespace SyncConsole.Security.Embedding;

/// <summary>Console pages embedded in another application's iframe under <c>/embed/...</c>. Section <c>Embedding</c>.</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embedding";

    /// <summary>
    /// Origins allowed to frame <c>/embed</c> pages (CSP <c>frame-ancestors</c>), e.g. <c>https://app.example.com</c>.
    /// Default: none (only the console itself may frame them).
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>
    /// The most an embedded session may do: its roles are the requesting token's roles within this list.
    /// Default <c>viewer, operator, finance</c> (never <c>admin</c> unless listed).
    /// </summary>
    public IList<string> AllowedRoles { get; } = [];

    /// <summary>Embed token lifetime when the request names none. Default 00:01:00.</summary>
    public TimeSpan DefaultTokenLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest embed token lifetime a request may ask for. Default 00:05:00.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the embedded session lasts after its token is exchanged (not sliding). Default 01:00:00.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The roles an embedded session may have: the configured ones, or the default set.</summary>
    public IReadOnlyList<string> EffectiveAllowedRoles => AllowedRoles.Count > 0
        ? [.. AllowedRoles]
        : [SyncConsoleClaims.Viewer, SyncConsoleClaims.Operator, SyncConsoleClaims.Finance];
}
