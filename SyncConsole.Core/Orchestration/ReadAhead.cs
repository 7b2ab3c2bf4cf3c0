using System.Runtime.CompilerServices;

namespace SyncConsole.Core.Orchestration;

/// <summary>
/// Fetches the provider's next page while the current one is synced, so the provider's latency (and its side of the
/// work, an emulator on the same machine included) overlaps our decisions and commits instead of adding to them. One
/// page ahead at most: memory stays at two pages. A page is only ever handed out after the one before it was done
/// with, so cursors are still stored in order.
/// </summary>
internal static class ReadAhead
{
    public static async IAsyncEnumerable<T> OnePageAhead<T>(this IAsyncEnumerable<T> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = source.GetAsyncEnumerator(cancellationToken);
        var next = pages.MoveNextAsync().AsTask();
        try
        {
            while (await next)
            {
                var page = pages.Current;
                next = pages.MoveNextAsync().AsTask();
                yield return page;
            }
        }
        finally
        {
            // Left early (the page being synced failed or was cancelled): the fetch in flight has to end before its
            // reader is disposed, and its outcome no longer matters.
            await ((Task)next).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await pages.DisposeAsync();
        }
    }
}
