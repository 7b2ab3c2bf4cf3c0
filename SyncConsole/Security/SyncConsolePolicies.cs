using Microsoft.AspNetCore.Authorization;

namespace SyncConsole.Security;

/// <summary>
/// One authorization policy per role, used alike by pages, /api and the hub. Roles are not a ladder except that an
/// admin may do everything; a viewer reads; an operator runs and configures syncs; finance resolves conflicts.
/// Every policy also requires a tenant, since everything a user touches belongs to one.
/// </summary>
public static class SyncConsolePolicies
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Finance = "finance";
    public const string Admin = "admin";

    internal static void Add(AuthorizationOptions options)
    {
        Add(options, Viewer, SyncConsoleClaims.AllRoles.ToArray());
        Add(options, Operator, SyncConsoleClaims.Operator, SyncConsoleClaims.Admin);
        Add(options, Finance, SyncConsoleClaims.Finance, SyncConsoleClaims.Admin);
        Add(options, Admin, SyncConsoleClaims.Admin);
    }

    private static void Add(AuthorizationOptions options, string name, params string[] roles) =>
        options.AddPolicy(name, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(SyncConsoleClaims.TenantId)
            .RequireRole(roles));
}
