using System.Security.Claims;
using SyncConsole.Security;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>Signed-in users as the app's sign-ins make them (subject, tenant and role claims), for service-level tests.</summary>
public static class TestUsers
{
    /// <summary>An admin of the tenant (with every role, as the demo user).</summary>
    public static ClaimsPrincipal Admin(Guid tenantId) => Of(tenantId, "admin-1", [.. SyncConsoleClaims.AllRoles]);

    public static ClaimsPrincipal Of(Guid tenantId, string subject, params string[] roles) =>
        new(new ClaimsIdentity(
            [
                new Claim("sub", subject),
                new Claim(SyncConsoleClaims.TenantId, tenantId.ToString()),
                .. roles.Select(role => new Claim(SyncConsoleClaims.Role, role)),
            ],
            "test",
            SyncConsoleClaims.Name,
            SyncConsoleClaims.Role));
}
