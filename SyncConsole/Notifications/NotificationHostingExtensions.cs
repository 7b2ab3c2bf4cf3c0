using SyncConsole.Hosting;

namespace SyncConsole.Notifications;

internal static class NotificationHostingExtensions
{
    /// <summary>Signed change notifications to the application: settings, outbox worker and its HTTP client.</summary>
    public static void AddChangeNotifications(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<NotificationOptions, NotificationOptionsValidator>(NotificationOptions.SectionName);
        builder.Services.AddHttpClient(NotificationSender.ClientName, client => client.Timeout = options.RequestTimeout)
            // A redirect would carry the signed body somewhere the tenant did not configure.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        builder.Services.AddSingleton<NotificationSignal>();
        builder.Services.AddSingleton<NotificationSender>();
        builder.Services.AddSingleton<NotificationEndpointService>();
        builder.Services.AddSingleton<NotificationDeliveryService>();
        builder.Services.AddHostedService<NotificationDeliveryWorker>();
    }
}
