using SyncConsole.DeadLetters;

namespace SyncConsole.Tests.Console.DeadLetters;

public sealed class JobRetryDelayTests
{
    [Fact]
    public void JobRetryDelay_SuccessiveAttempts_DoublesUpToTheMaximum()
    {
        var options = new DeadLetterOptions { JobRetryBaseDelay = TimeSpan.FromSeconds(30), JobRetryMaxDelay = TimeSpan.FromMinutes(3) };

        var delays = Enumerable.Range(1, 6).Select(options.JobRetryDelay).ToList();

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3)],
            delays);
    }
}
