using Microsoft.Extensions.Options;
using SyncConsole.Demo;
using SyncConsole.Security;
using SyncConsole.Security.Jwt;

namespace SyncConsole.Hosting;

/// <summary>
/// <c>dotnet run --project SyncConsole -- token --tenant &lt;id&gt; --role &lt;role&gt; [--role …]</c>: prints a signed API
/// token alone on stdout and exits. Demo mode only: outside it there is no one to vouch for the caller.
/// </summary>
internal static class TokenCommand
{
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == "token";

    public static int Run(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (!services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
        {
            stderr.WriteLine("The token command works only in demo mode (Demo:Enabled=true). In production, tokens come " +
                             "from your identity provider.");
            return 1;
        }

        string? tenant = null;
        var roles = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--tenant" when value is not null:
                    tenant = value;
                    i++;
                    break;
                case "--role" when value is not null:
                    roles.Add(value);
                    i++;
                    break;
                default:
                    return Usage(stderr, $"unexpected argument '{args[i]}'");
            }
        }

        if (!Guid.TryParse(tenant, out var tenantId))
        {
            return Usage(stderr, "--tenant must be a tenant id (a GUID)");
        }

        var unknown = roles.Where(r => !SyncConsoleClaims.AllRoles.Contains(r)).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            return Usage(stderr, $"--role must be one of {string.Join(", ", SyncConsoleClaims.AllRoles)}");
        }

        stdout.WriteLine(services.GetRequiredService<TokenIssuer>().Issue("demo-cli", tenantId, roles));
        return 0;
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"token: {problem}.");
        stderr.WriteLine("usage: token --tenant <tenant-id> --role <viewer|operator|finance|admin> [--role …]");
        return 2;
    }
}
