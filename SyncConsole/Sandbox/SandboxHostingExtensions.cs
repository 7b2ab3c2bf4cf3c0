using SyncConsole.Demo;
using SyncConsole.QuickBooks.Sandbox;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.Sandbox;

/// <summary>
/// In demo mode the app hosts its own QuickBooks sandbox emulator under <c>/sandbox/quickbooks</c>, keeping its
/// companies in the app's database. Outside demo mode nothing of it is registered or mapped.
/// </summary>
internal static class SandboxHostingExtensions
{
    public static void AddEmbeddedQuickBooksSandbox(this IHostApplicationBuilder builder, DemoOptions demo)
    {
        if (!demo.Enabled)
        {
            return;
        }

        builder.Services.AddSingleton<ISandboxStore, DatabaseSandboxStore>();
        builder.Services.AddQuickBooksSandbox();
    }

    public static void MapEmbeddedQuickBooksSandbox(this WebApplication app, DemoOptions demo)
    {
        if (demo.Enabled)
        {
            app.MapQuickBooksSandbox();
        }
    }
}
