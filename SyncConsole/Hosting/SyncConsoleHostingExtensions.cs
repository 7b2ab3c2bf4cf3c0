using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Radzen;
using SyncConsole.Api;
using SyncConsole.Components;
using SyncConsole.Components.Shared;
using SyncConsole.Data;
using SyncConsole.DeadLetters;
using SyncConsole.Demo;
using SyncConsole.Health;
using SyncConsole.Hubs;
using SyncConsole.Jobs;
using SyncConsole.Notifications;
using SyncConsole.Sandbox;
using SyncConsole.Security;
using SyncConsole.Security.Credentials;
using SyncConsole.Security.Embedding;

namespace SyncConsole.Hosting;

/// <summary>The composition root: Program.cs calls these two and nothing else.</summary>
internal static class SyncConsoleHostingExtensions
{
    public static WebApplicationBuilder AddSyncConsole(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        var database = builder.AddSyncConsoleDatabase();
        var demo = builder.AddDemoMode();
        builder.AddEmbeddedQuickBooksSandbox(demo);
        builder.AddSyncScheduler(database);
        builder.AddSyncAuthentication();
        builder.AddCredentialProtection(database);
        builder.AddSyncApi();
        builder.AddSyncHost(database);
        builder.AddDeadLetters();
        builder.AddChangeNotifications();
        builder.AddSyncHub();
        builder.AddOperationsConsole();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.Services.AddScoped<BrowserTimeZone>();
        return builder;
    }

    public static WebApplication MapSyncConsole(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseEmbedding();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthEndpoints();
        app.MapSyncApi();
        app.MapSyncHub();
        app.MapEmbeddedQuickBooksSandbox(app.Services.GetRequiredService<IOptions<DemoOptions>>().Value);
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
