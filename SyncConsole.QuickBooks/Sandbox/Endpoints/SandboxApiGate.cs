using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Endpoints;

/// <summary>
/// What every accounting API request goes through before its handler: bearer token check (401/403), the realm's
/// rate limits (429 code 3001), injected faults (429 bursts, 500s, long delays); then the answer as QuickBooks JSON.
/// </summary>
internal static class SandboxApiGate
{
    public static async Task<IResult> RunAsync(HttpContext context, string realmId, Func<SandboxRealm, CancellationToken, Task<SandboxResult>> work)
    {
        var services = context.RequestServices;
        var companies = services.GetRequiredService<SandboxCompanies>();
        var cancellationToken = context.RequestAborted;
        try
        {
            await services.GetRequiredService<SandboxTokenService>().AuthenticateAsync(context.Request.Headers.Authorization, realmId, cancellationToken);
            var realm = await companies.FindRealmAsync(realmId, cancellationToken) ?? throw SandboxFaultException.AuthorizationFailed();
            using var lease = services.GetRequiredService<SandboxRateLimiter>().TryEnter(realmId) ?? throw SandboxFaultException.Throttled();
            var injector = services.GetRequiredService<SandboxFaultInjector>();
            switch (injector.Decide(realm))
            {
                case SandboxInjectedFault.None:
                    break;
                case SandboxInjectedFault.Throttle:
                    throw SandboxFaultException.Throttled();
                case SandboxInjectedFault.ServerError:
                    throw SandboxFaultException.SystemFault();
                case SandboxInjectedFault.Timeout:
                    // The request is still carried out after the delay, as a slow QuickBooks would.
                    await Task.Delay(injector.FaultsFor(realm).TimeoutDelay, services.GetRequiredService<TimeProvider>(), cancellationToken);
                    break;
            }

            return Answer(context, await work(realm, cancellationToken));
        }
        catch (SandboxFaultException fault)
        {
            return Answer(context, SandboxResponses.Fault(fault, companies.ServerTime()));
        }
    }

    private static IResult Answer(HttpContext context, SandboxResult result)
    {
        context.Response.Headers["intuit_tid"] = Guid.NewGuid().ToString("N");
        return Results.Content(result.Body, "application/json", Encoding.UTF8, result.Status);
    }
}
