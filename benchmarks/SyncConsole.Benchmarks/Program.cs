namespace SyncConsole.Benchmarks;

/// <summary>
/// <c>bash benchmarks/run [--records N] [--edits N]</c>. Not top-level statements: those would declare a second
/// <c>Program</c> beside the app's, which the harness hosts.
/// </summary>
internal static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkSettings settings;
        try
        {
            settings = BenchmarkSettings.Parse(args, Environment.GetEnvironmentVariable("SYNCCONSOLE_TEST_POSTGRES"));
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        var markdown = await BenchmarkHarness.RunToMarkdownAsync(settings, Console.Out, CancellationToken.None);
        await Console.Out.WriteLineAsync();
        await Console.Out.WriteLineAsync(markdown);
        if (settings.ResultsPath is { } path)
        {
            await File.WriteAllTextAsync(path, markdown);
            await Console.Out.WriteLineAsync($"written to {path}");
        }

        return 0;
    }
}
