using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using SyncConsole.Security;

namespace SyncConsole.Jobs;

/// <summary>
/// Who asks the Background jobs services, decided there from the caller's claims with the same role policies as the
/// pages and the API, never from what a page chose to show: viewers read their tenant's connection jobs, operators
/// also run, pause and retry them, admins see and drive every tenant's and the system jobs.
/// </summary>
public sealed record JobCaller(Guid TenantId, string Actor, bool CanRead, bool CanOperate, bool IsAdmin)
{
    public static async Task<JobCaller> ReadAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        ArgumentNullException.ThrowIfNull(user);
        var read = await authorization.AuthorizeAsync(user, SyncConsolePolicies.Viewer);
        var operate = await authorization.AuthorizeAsync(user, SyncConsolePolicies.Operator);
        var admin = await authorization.AuthorizeAsync(user, SyncConsolePolicies.Admin);
        return new JobCaller(user.TenantId(), user.Actor(), read.Succeeded, operate.Succeeded, admin.Succeeded);
    }

    /// <summary>Whether the caller sees a job of <paramref name="owner"/> (null: a system job) at all.</summary>
    public bool Sees(JobOwner? owner) => IsAdmin || (CanRead && owner is not null && owner.TenantId == TenantId);

    /// <summary>
    /// What an action on a job of <paramref name="owner"/> comes to before it starts: not found when the caller does
    /// not see the job (only admins see system jobs, and the admin policy passes the operator's), refused for a role
    /// that only reads, else null: go ahead.
    /// </summary>
    public JobAction? Refusal(JobOwner? owner) =>
        !Sees(owner) ? JobAction.NotFound : CanOperate ? null : JobAction.Refused("This needs the operator role.");
}
