using SyncConsole.Api;
using SyncConsole.Security;

namespace SyncConsole.Hubs;

internal static class HubHostingExtensions
{
    public static void AddSyncHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(o => ApiJson.Configure(o.PayloadSerializerOptions));
        builder.Services.AddHostedService<SyncHubRelay>();
    }

    public static void MapSyncHub(this IEndpointRouteBuilder app) =>
        app.MapHub<SyncHub>("/hubs/sync").RequireAuthorization(SyncConsolePolicies.Viewer);
}
