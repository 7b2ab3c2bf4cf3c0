using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// A real OpenID provider (npm oidc-provider, Oidc/provider.mjs) on a free 127.0.0.1 port, with one client whose
/// redirect URI is the console's /signin-oidc on the given port. Every account gets <c>accountClaims</c>.
/// Needs `npm ci` in SyncConsole.Tests/Oidc (.ci/run does it). Disposing kills the node process it started.
/// </summary>
public sealed class OidcProvider : IAsyncDisposable
{
    public const string ClientId = "syncconsole-tests";
    public const string ClientSecret = "oidc-test-secret";

    private readonly Process process;

    private OidcProvider(Process process, Uri issuer)
    {
        this.process = process;
        Issuer = issuer;
    }

    public Uri Issuer { get; }

    /// <summary>Settings that point the console at this provider (claim names are the caller's choice).</summary>
    public Dictionary<string, string?> ConsoleSettings() => new()
    {
        ["Auth:Oidc:Authority"] = Issuer.ToString().TrimEnd('/'),
        ["Auth:Oidc:ClientId"] = ClientId,
        ["Auth:Oidc:ClientSecret"] = ClientSecret,
        ["Auth:Oidc:RequireHttpsMetadata"] = "false",
    };

    public static async Task<OidcProvider> StartAsync(int consolePort, object accountClaims)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "SyncConsole.Tests", "Oidc");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "oidc-provider")))
        {
            throw new InvalidOperationException($"oidc-provider is not installed: run `npm ci` in {folder} (.ci/run does).");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OIDC_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["OIDC_CLIENT_ID"] = ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = ClientSecret;
        start.Environment["OIDC_REDIRECT_URI"] = $"http://127.0.0.1:{consolePort}/signin-oidc";
        start.Environment["OIDC_POST_LOGOUT_URI"] = $"http://127.0.0.1:{consolePort}/account/signin";
        start.Environment["OIDC_ACCOUNT_CLAIMS"] = JsonSerializer.Serialize(accountClaims);
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("listening ", StringComparison.Ordinal))
            {
                // Keep draining stdout so that the provider never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new OidcProvider(process, new Uri(line["listening ".Length..]));
            }
        }

        throw new InvalidOperationException($"The OpenID provider exited before listening: {await errors}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
