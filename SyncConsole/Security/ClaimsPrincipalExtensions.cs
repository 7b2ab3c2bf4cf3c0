using System.Security.Claims;

namespace SyncConsole.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The caller's tenant. Policies guarantee the claim on every authorized endpoint.</summary>
    public static Guid TenantId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(SyncConsoleClaims.TenantId), out var id)
            ? id
            : throw new InvalidOperationException("The caller has no valid tenant_id claim.");
    }

    /// <summary>Who did it, for the audit trail: the subject, else the name.</summary>
    public static string Actor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "unknown";
    }
}
