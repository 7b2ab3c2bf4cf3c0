using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
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
        var factory = services.GetRequiredService<SandboxCompanyFactory>();
        return choice switch
        {
            SandboxConsentPage.NewDemoCompany => (await factory.CreateRealmAsync("Demo company", demoData: true, cancellationToken)).RealmId,
            SandboxConsentPage.NewEmptyCompany => (await factory.CreateRealmAsync("Empty company", demoData: false, cancellationToken)).RealmId,
            _ => (await services.GetRequiredService<SandboxCompanies>().FindRealmAsync(choice, cancellationToken))?.RealmId,
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

        var company = await context.RequestServices.GetRequiredService<SandboxCompanyFactory>().CreateAsync(request.Name, request.Seed switch
        {
            SandboxSeed.Empty => false,
            SandboxSeed.Demo => true,
        }, cancellationToken);
        var time = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return Results.Json(
            new CreatedRealm(company.RealmId, company.AccessToken, company.RefreshToken, Seconds(company.AccessTokenExpiresAt - time), Seconds(company.RefreshTokenExpiresAt - time)),
            Json,
            statusCode: StatusCodes.Status201Created);
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

    private static long Seconds(TimeSpan span) => (long)Math.Round(span.TotalSeconds);

    private sealed record CreateRealmRequest(string? Name, SandboxSeed Seed);

    private sealed record CreatedRealm(
        string RealmId, string AccessToken, string RefreshToken, long ExpiresIn, [property: JsonPropertyName("x_refresh_token_expires_in")] long RefreshTokenExpiresIn)
    {
        public override string ToString() => $"CreatedRealm {{ RealmId = {RealmId} }}";
    }

    private sealed record SimulateRequest(int Changes);

    private sealed record RealmSummary(string RealmId, string Name, DateTimeOffset CreatedAt);
}
