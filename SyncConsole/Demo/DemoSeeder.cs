using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SyncConsole.Data;
using SyncConsole.Tenancy;

namespace SyncConsole.Demo;

/// <summary>
/// Seeds the demo tenant once the schema is migrated (registered after <see cref="DatabaseInitializer"/>, and
/// lifecycle hooks run in registration order). Idempotent: a restart finds the tenant and adds nothing.
/// </summary>
internal sealed partial class DemoSeeder(
    IDbContextFactory<SyncConsoleDbContext> contexts,
    IOptions<DemoOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DemoSeeder> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        if (!environment.IsDevelopment())
        {
            LogDemoOutsideDevelopment(logger, environment.EnvironmentName);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Tenants.AnyAsync(t => t.Id == demo.TenantId, cancellationToken))
        {
            return;
        }

        db.Tenants.Add(new Tenant { Id = demo.TenantId, Name = demo.TenantName, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, demo.TenantName, demo.TenantId);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "DEMO MODE IS ON in the '{Environment}' environment: anyone who reaches this app can sign in to the demo " +
        "tenant without credentials. Set Demo__Enabled=false unless this is a throw-away demo.")]
    private static partial void LogDemoOutsideDevelopment(ILogger logger, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded demo tenant '{Name}' ({TenantId})")]
    private static partial void LogSeeded(ILogger logger, string name, Guid tenantId);
}
