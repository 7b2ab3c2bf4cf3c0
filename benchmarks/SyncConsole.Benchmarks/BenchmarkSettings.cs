using System.Globalization;

namespace SyncConsole.Benchmarks;

/// <summary>What one benchmark run does: how many records, against which PostgreSQL, and where the results go.</summary>
public sealed record BenchmarkSettings(int Records, int Edits, string PostgresConnectionString, string? ResultsPath, int? WarmUp = null)
{
    public const int DefaultRecords = 100_000;
    public const int DefaultEdits = 200;

    /// <summary>
    /// Records of each warm-up sync (<see cref="WarmUpScenario"/>): as asked, or 32 pages of 1,000 (at most a third of the
    /// load). The runtime optimizes a method after 30 calls, and much of a sync's code runs once per page.
    /// </summary>
    public int WarmUpRecords => WarmUp ?? Math.Min(32_000, Records / 3);

    /// <summary>
    /// <c>--records N</c> (default 100000), <c>--edits N</c> (default 200), <c>--warmup N</c> (default a third of the
    /// records, at most 32000; 0 measures cold), <c>--results PATH</c> (default none);
    /// PostgreSQL comes from <c>SYNCCONSOLE_TEST_POSTGRES</c>, as for the tests.
    /// </summary>
    public static BenchmarkSettings Parse(IReadOnlyList<string> args, string? postgres)
    {
        var records = DefaultRecords;
        var edits = DefaultEdits;
        string? results = null;
        int? warmUp = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--records":
                    records = WholeNumber(args[i], value, minimum: 1);
                    break;
                case "--edits":
                    edits = WholeNumber(args[i], value, minimum: 1);
                    break;
                case "--warmup":
                    warmUp = WholeNumber(args[i], value, minimum: 0);
                    break;
                case "--results":
                    results = value;
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]} (known: --records N, --edits N, --warmup N, --results PATH).");
            }

            i++;
        }

        if (string.IsNullOrWhiteSpace(postgres))
        {
            throw new ArgumentException("SYNCCONSOLE_TEST_POSTGRES is not set: start a cluster with `eval \"$(bash .ci/postgres start)\"`.");
        }

        return new BenchmarkSettings(records, Math.Min(edits, records), postgres, results, warmUp);
    }

    private static int WholeNumber(string option, string value, int minimum) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum
            ? n
            : throw new ArgumentException($"{option} must be a whole number of at least {minimum}, not '{value}'.");
}
