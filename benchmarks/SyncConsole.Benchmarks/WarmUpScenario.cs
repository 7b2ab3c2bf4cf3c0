namespace SyncConsole.Benchmarks;

/// <summary>
/// Before anything is measured, full syncs of smaller companies in other tenants: both processes have then compiled
/// their hot code to its optimized tier, as a sync host and QuickBooks' servers that have been running have. Measured
/// cold, the first seconds of the load mostly time the JIT: it took up to a third of the host's CPU and two thirds of
/// the emulator's. Two rounds: the runtime optimizes a method after 30 calls, but counts them only once it has gone a
/// moment without compiling anything new, which a first sync hardly does; with one round, the host still optimized
/// about 3,000 methods (its per-page code among them) during the load, with a third of its CPU.
/// </summary>
internal static class WarmUpScenario
{
    public const int Rounds = 2;

    public static async Task<TimeSpan> RunAsync(
        EmulatorApp emulator, HostProcess host, string emulatorDatabase, int records, CancellationToken cancellationToken)
    {
        var elapsed = TimeSpan.Zero;
        for (var round = 0; round < Rounds; round++)
        {
            using var api = emulator.CreateHostClient(host.BaseUri, Guid.NewGuid());
            var realmId = await QuickBooksConnection.ConnectEmptyCompanyAsync(api, host.BaseUri, cancellationToken);
            await EmulatorSeeder.SeedCustomersAsync(emulatorDatabase, realmId, records, cancellationToken);
            var (_, took) = await SyncJobs.RunAsync(api, "full", TimeSpan.FromMilliseconds(100), null, cancellationToken);
            elapsed += took;
        }

        return elapsed;
    }
}
