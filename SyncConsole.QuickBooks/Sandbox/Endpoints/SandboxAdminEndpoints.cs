using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox.Endpoints;

/// <summary>Test helpers under <c>/admin</c>: create a (seeded) company with tokens, set its faults, simulate edits.</summary>
internal static class SandboxAdminEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Map(IEndpointRouteBuilder group)
    {
        var admin = group.MapGroup("/admin");
        admin.MapGet("/realms", ListAsync);
        admin.MapPost("/realms", CreateAsync);
        admin.MapPut("/realms/{realmId}/faults", SetFaultsAsync);
        admin.MapPost("/realms/{realmId}/simulate", SimulateAsync);
    }

    /// <summary>Picks an existing company or creates one for the consent page's choice.</summary>
    public static async Task<string?> ResolveCompanyAsync(IServiceProvider services, string choice, CancellationToken cancellationToken)
    {
        var companies = services.GetRequiredService<SandboxCompanies>();
        return choice switch
        {
            SandboxConsentPage.NewDemoCompany => (await CreateCompanyAsync(services, "Demo company", SandboxSeed.Demo, cancellationToken)).RealmId,
            SandboxConsentPage.NewEmptyCompany => (await CreateCompanyAsync(services, "Empty company", SandboxSeed.Empty, cancellationToken)).RealmId,
            _ => (await companies.FindRealmAsync(choice, cancellationToken))?.RealmId,
        };
    }

    private static async Task<IResult> ListAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var realms = await context.RequestServices.GetRequiredService<SandboxCompanies>().ListRealmsAsync(cancellationToken);
        return Results.Json(realms.Select(r => new RealmSummary(r.RealmId, r.Name, r.CreatedAt)), Json);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = await context.Request.ReadFromJsonAsync<CreateRealmRequest>(Json, cancellationToken);
        if (request is null || string.IsNullOrWhiteSpace(request.Name))
        {
            return Results.Problem(detail: "name is required.", statusCode: StatusCodes.Status400BadRequest);
        }

        var realm = await CreateCompanyAsync(context.RequestServices, request.Name, request.Seed, cancellationToken);
        var tokens = await context.RequestServices.GetRequiredService<SandboxTokenService>().IssueAsync(realm.RealmId, cancellationToken);
        return Results.Json(new CreatedRealm(realm.RealmId, tokens.AccessToken, tokens.RefreshToken, tokens.ExpiresIn, tokens.RefreshExpiresIn), Json, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> SetFaultsAsync(HttpContext context, string realmId, CancellationToken cancellationToken)
    {
        var faults = await context.Request.ReadFromJsonAsync<SandboxFaults>(Json, cancellationToken);
        var companies = context.RequestServices.GetRequiredService<SandboxCompanies>();
        if (faults is null || await companies.FindRealmAsync(realmId, cancellationToken) is null)
        {
            return Results.NotFound();
        }

        await companies.UpdateFaultsAsync(realmId, faults, cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> SimulateAsync(HttpContext context, string realmId, CancellationToken cancellationToken)
    {
        var request = await context.Request.ReadFromJsonAsync<SimulateRequest>(Json, cancellationToken);
        if (request is null || request.Changes is < 1 or > 10_000)
        {
            return Results.Problem(detail: "changes must be between 1 and 10000.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await context.RequestServices.GetRequiredService<SandboxCompanies>().FindRealmAsync(realmId, cancellationToken) is null)
        {
            return Results.NotFound();
        }

        var applied = await context.RequestServices.GetRequiredService<SandboxSimulator>().RunAsync(realmId, request.Changes, cancellationToken);
        return Results.Json(new { applied }, Json);
    }

    private static async Task<SandboxRealm> CreateCompanyAsync(IServiceProvider services, string name, SandboxSeed seed, CancellationToken cancellationToken)
    {
        var companies = services.GetRequiredService<SandboxCompanies>();
        var realm = await companies.CreateRealmAsync(name, cancellationToken);
        switch (seed)
        {
            case SandboxSeed.Empty:
                break;
            case SandboxSeed.Demo:
                var demoSeed = services.GetRequiredService<IOptions<SandboxOptions>>().Value.DemoSeed;
                var result = await companies.WriteAsync(realm.RealmId, null, session => SandboxDemoSeeder.SeedAsync(session, demoSeed, cancellationToken), cancellationToken, publishWebhooks: false);
                if (result.Status != StatusCodes.Status200OK)
                {
                    throw new InvalidOperationException($"The demo seed was rejected by the emulator's own rules: {result.Body}");
                }

                break;
        }

        return realm;
    }

    private sealed record CreateRealmRequest(string? Name, SandboxSeed Seed);

    private sealed record CreatedRealm(
        string RealmId, string AccessToken, string RefreshToken, long ExpiresIn, [property: JsonPropertyName("x_refresh_token_expires_in")] long RefreshTokenExpiresIn)
    {
        public override string ToString() => $"CreatedRealm {{ RealmId = {RealmId} }}";
    }

    private sealed record SimulateRequest(int Changes);

    private sealed record RealmSummary(string RealmId, string Name, DateTimeOffset CreatedAt);
}
