using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using SyncConsole.Security;

namespace SyncConsole.Components.Shared;

/// <summary>
/// The signed-in person as the pages need them: tenant, audit actor, and what the role policies allow (the same
/// policies the API enforces, so a read-only role sees no mutating buttons).
/// </summary>
public sealed record ConsoleUser(ClaimsPrincipal Principal, Guid TenantId, string Actor, bool CanResolveConflicts, bool IsAdmin, bool CanOperate)
{
    public static async Task<ConsoleUser> ReadAsync(AuthenticationStateProvider authentication, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(authorization);
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var finance = await authorization.AuthorizeAsync(user, SyncConsolePolicies.Finance);
        var admin = await authorization.AuthorizeAsync(user, SyncConsolePolicies.Admin);
        var operate = await authorization.AuthorizeAsync(user, SyncConsolePolicies.Operator);
        return new ConsoleUser(user, user.TenantId(), user.Actor(), finance.Succeeded, admin.Succeeded, operate.Succeeded);
    }
}
