using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SyncConsole.QuickBooks.Sandbox.Endpoints;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>Maps the QuickBooks sandbox emulator's HTTP surface.</summary>
public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>The default route prefix.</summary>
    public const string DefaultPrefix = "/sandbox/quickbooks";

    /// <summary>
    /// Maps the emulator under <paramref name="prefix"/>: the accounting API at <c>v3/company/{realmId}/...</c>, OAuth at
    /// <c>oauth2/authorize</c>, <c>oauth2/v1/tokens/bearer</c> and <c>oauth2/v2/tokens/revoke</c>, and test helpers under
    /// <c>admin/</c>. Requires <see cref="SandboxServiceCollectionExtensions.AddQuickBooksSandbox"/>.
    /// </summary>
    /// <returns>The route group, so the host can add conventions (for example, protect or hide <c>admin/</c>).</returns>
    public static RouteGroupBuilder MapQuickBooksSandbox(this IEndpointRouteBuilder endpoints, string prefix = DefaultPrefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(prefix).ExcludeFromDescription();
        SandboxApiEndpoints.Map(group);
        SandboxOAuthEndpoints.Map(group);
        SandboxAdminEndpoints.Map(group);
        return group;
    }
}
