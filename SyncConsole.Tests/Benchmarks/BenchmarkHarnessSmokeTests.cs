using System.Text.RegularExpressions;
using SyncConsole.Benchmarks;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Benchmarks;

/// <summary>
/// The benchmark harness (benchmarks/SyncConsole.Benchmarks) end to end at a tiny scale, so CI proves that
/// <c>bash benchmarks/run</c> works. No timing is asserted: the harness itself fails when the full load does not create
/// every record, the incremental run changes anything, or an edit never reaches the emulator.
/// </summary>
[Trait("Category", TestCategories.Postgres)]
public sealed partial class BenchmarkHarnessSmokeTests
{
    [Fact]
    public async Task Run_TwoHundredRecords_MeasuresEveryScenario()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresServer.EnvironmentVariable)
            ?? throw new InvalidOperationException($"The benchmark harness needs {PostgresServer.EnvironmentVariable}.");
        using var log = new StringWriter();

        var markdown = await BenchmarkHarness.RunToMarkdownAsync(new BenchmarkSettings(200, 5, admin, null), log, CancellationToken.None);

        Assert.Contains("seeded 200 customers", log.ToString(), StringComparison.Ordinal);
        Assert.Matches(Measured("full inbound load", "records/s"), markdown);
        Assert.Matches(Measured("raw batched upsert", "records/s"), markdown);
        Assert.Matches(Measured("incremental, no changes", "s"), markdown);
        Assert.Matches(Measured("push \\+ immediate", "ms"), markdown);
        Assert.Equal(3, MemoryRow().Count(markdown));
    }

    private static Regex Measured(string scenario, string unit) =>
        new($@"\| \([a-d]\) {scenario}[^|]*\| [0-9][0-9,]*(\.[0-9]+)? {unit}", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\| \(a\) host working set at [0-9,]+ records \| [1-9][0-9]* MB")]
    private static partial Regex MemoryRow();
}
