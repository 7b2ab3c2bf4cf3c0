namespace SyncConsole.Tests.Infrastructure;

/// <summary>Bounded waiting for something asynchronous (a scheduled job, a page update); never an open-ended loop.</summary>
internal static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }
}
