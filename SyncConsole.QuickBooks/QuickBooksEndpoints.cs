namespace SyncConsole.QuickBooks;

/// <summary>The OAuth and API URLs of one QuickBooks environment.</summary>
/// <param name="AuthorizeUri">Where the user grants consent.</param>
/// <param name="TokenUri">Code exchange and refresh.</param>
/// <param name="RevokeUri">Token revocation.</param>
/// <param name="ApiBaseUri">The accounting API base; requests go to <c>{ApiBaseUri}/v3/company/{realmId}/...</c>.</param>
public sealed record QuickBooksEndpoints(Uri AuthorizeUri, Uri TokenUri, Uri RevokeUri, Uri ApiBaseUri)
{
    private static readonly Uri IntuitAuthorize = new("https://appcenter.intuit.com/connect/oauth2");
    private static readonly Uri IntuitToken = new("https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer");
    private static readonly Uri IntuitRevoke = new("https://developer.api.intuit.com/v2/oauth2/tokens/revoke");

    /// <summary>The emulator's path under the app's base URL.</summary>
    public const string EmulatorPath = "sandbox/quickbooks/";

    /// <summary>Resolves the URLs for the configured environment, applying any overrides.</summary>
    public static QuickBooksEndpoints Resolve(QuickBooksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = options.Environment switch
        {
            QuickBooksEnvironment.Production => new QuickBooksEndpoints(IntuitAuthorize, IntuitToken, IntuitRevoke, new Uri("https://quickbooks.api.intuit.com/")),
            QuickBooksEnvironment.Sandbox => new QuickBooksEndpoints(IntuitAuthorize, IntuitToken, IntuitRevoke, new Uri("https://sandbox-quickbooks.api.intuit.com/")),
            QuickBooksEnvironment.Emulator => Emulator(options.EmulatorBaseUrl ?? new Uri("http://localhost/")),
        };
        return new QuickBooksEndpoints(
            options.AuthorizeUrl ?? defaults.AuthorizeUri,
            options.TokenUrl ?? defaults.TokenUri,
            options.RevokeUrl ?? defaults.RevokeUri,
            options.ApiBaseUrl ?? defaults.ApiBaseUri);
    }

    private static QuickBooksEndpoints Emulator(Uri appBase)
    {
        var root = new Uri(new Uri(appBase.AbsoluteUri.TrimEnd('/') + "/"), EmulatorPath);
        return new QuickBooksEndpoints(
            new Uri(root, "oauth2/authorize"), new Uri(root, "oauth2/v1/tokens/bearer"), new Uri(root, "oauth2/v2/tokens/revoke"), root);
    }
}
