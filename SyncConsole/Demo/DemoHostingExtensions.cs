using SyncConsole.Hosting;
namespace SyncConsole.Demo;

internal static class DemoHostingExtensions
{
    public static DemoOptions AddDemoMode(this IHostApplicationBuilder builder)
    {
        var options = builder.AddValidatedOptions<DemoOptions, DemoOptionsValidator>(DemoOptions.SectionName);
        if (options.Enabled)
        {
            builder.Services.AddHostedService<DemoSeeder>();
        }

        return options;
    }
}
