namespace SyncConsole.Security.Jwt;

/// <summary>Bearer tokens for the REST API and the hub. Section <c>Auth:Jwt</c>.</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Auth:Jwt";

    /// <summary>Expected <c>iss</c>. Default <c>syncconsole</c>.</summary>
    public string Issuer { get; set; } = "syncconsole";

    /// <summary>Expected <c>aud</c>. Default <c>syncconsole-api</c>.</summary>
    public string Audience { get; set; } = "syncconsole-api";

    /// <summary>
    /// HS256 keys, base64, at least 32 bytes each. The first signs tokens SyncConsole issues; all of them verify
    /// (add the new key first, keep the old one until its tokens expire). Default: none, and then every token is
    /// refused. A secret: set it through the environment (<c>Auth__Jwt__SigningKeys__0</c>), never appsettings.json.
    /// </summary>
    public IList<string> SigningKeys { get; } = [];

    /// <summary>Lifetime of tokens SyncConsole issues (demo token command, embed tokens). Default 01:00:00.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
