namespace SyncConsole.Security;

/// <summary>Claim types and role names shared by the console, the REST API and the hub (shared/API.md).</summary>
public static class SyncConsoleClaims
{
    public const string TenantId = "tenant_id";
    public const string Role = "role";
    public const string Name = "name";

    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Finance = "finance";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> AllRoles = [Viewer, Operator, Finance, Admin];
}
