namespace SyncConsole.SyncJobs;

/// <summary>The running job's own stop signal (scoped), tripped when its row says cancel.</summary>
internal sealed class JobCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();

    public CancellationToken Token => source.Token;

    public void Cancel() => source.Cancel();

    public void Dispose() => source.Dispose();
}
