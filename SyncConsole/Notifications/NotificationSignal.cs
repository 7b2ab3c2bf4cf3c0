namespace SyncConsole.Notifications;

/// <summary>
/// Wakes the delivery worker when this node queued a notification, so deliveries go out at once without the worker
/// polling; deliveries queued by other nodes are found at the worker's next bounded wake-up.
/// </summary>
internal sealed class NotificationSignal(TimeProvider time)
{
    private TaskCompletionSource pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Volatile.Read(ref pulse).TrySetResult();

    /// <summary>Waits for a pulse or for <paramref name="timeout"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref pulse);
        if (!current.Task.IsCompleted && timeout > TimeSpan.Zero)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(current.Task, Task.Delay(timeout, time, stop.Token));
            await stop.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }

        // Consumed: the next wait needs a new pulse (one that arrives during the work that follows is not lost,
        // because the worker looks for due deliveries after every wake-up).
        Interlocked.CompareExchange(ref pulse, new(TaskCreationOptions.RunContinuationsAsynchronously), current);
    }
}
