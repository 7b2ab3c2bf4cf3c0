namespace SyncConsole.Benchmarks;

/// <summary>
/// Before anything is measured, a full sync of a smaller company in another tenant: both processes have then compiled
/// their hot code to its optimized tier, as a sync host and QuickBooks' servers that have been running have. Measured
/// cold, the first seconds of the load mostly time the JIT: it took up to a third of the host's CPU and two thirds of
/// the emulator's.
/// </summary>
internal static class WarmUpScenario
{
    public static async Task<TimeSpan> RunAsync(
        EmulatorApp emulator, HostProcess host, string emulatorDatabase, int records, CancellationToken cancellationToken)
    {
        using var api = emulator.CreateHostClient(host.BaseUri, Guid.NewGuid());
        var realmId = await QuickBooksConnection.ConnectEmptyCompanyAsync(api, host.BaseUri, cancellationToken);
        await EmulatorSeeder.SeedCustomersAsync(emulatorDatabase, realmId, records, cancellationToken);
        var (_, elapsed) = await SyncJobs.RunAsync(api, "full", TimeSpan.FromMilliseconds(100), null, cancellationToken);
        return elapsed;
    }
}
