using System.Runtime.CompilerServices;
using SyncConsole.Core.Orchestration;

namespace SyncConsole.Tests.Core.Orchestration;

public class ReadAheadTests
{
    [Fact]
    public async Task OnePageAhead_HandsOutEveryPageInOrder()
    {
        var source = new GatedPages(5);
        source.OpenAll();

        var pages = new List<int>();
        await foreach (var page in source.ReadAsync(CancellationToken.None).OnePageAhead(CancellationToken.None))
        {
            pages.Add(page);
        }

        Assert.Equal([1, 2, 3, 4, 5], pages);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task OnePageAhead_FetchesTheNextPageWhileTheCurrentOneIsWorkedOn_AndNoFurther()
    {
        var source = new GatedPages(3);
        source.OpenAll();
        await using var pages = source.ReadAsync(CancellationToken.None)
            .OnePageAhead(CancellationToken.None)
            .GetAsyncEnumerator(CancellationToken.None);

        Assert.True(await pages.MoveNextAsync());
        Assert.Equal(1, pages.Current);
        // Page 1 is being worked on: page 2 is already asked for, page 3 is not.
        await source.Requested(2).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.False(source.Requested(3).IsCompleted);
    }

    [Fact]
    public async Task OnePageAhead_FailureOfTheFetchAhead_SurfacesAfterThePageBefore()
    {
        var source = new GatedPages(3) { FailAt = 2 };
        source.OpenAll();
        var seen = new List<int>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var page in source.ReadAsync(CancellationToken.None).OnePageAhead(CancellationToken.None))
            {
                seen.Add(page);
            }
        });

        Assert.Equal("page 2 failed", error.Message);
        Assert.Equal([1], seen);
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task OnePageAhead_LeftEarly_WaitsForTheFetchInFlightBeforeDisposingTheReader()
    {
        var source = new GatedPages(3);
        source.Open(1);
        var reading = Task.Run(async () =>
        {
            await foreach (var page in source.ReadAsync(CancellationToken.None).OnePageAhead(CancellationToken.None))
            {
                throw new InvalidOperationException($"sync of page {page} failed");
            }
        });

        // The consumer failed on page 1 while page 2 is still being fetched: nothing is disposed under the fetch.
        await source.Requested(2).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        await Task.Delay(50, CancellationToken.None);
        Assert.False(source.Disposed);
        Assert.False(reading.IsCompleted);

        source.Open(2);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => reading);
        Assert.Equal("sync of page 1 failed", error.Message);
        Assert.True(source.Disposed);
        Assert.False(source.Requested(3).IsCompleted);
    }

    /// <summary>Pages 1..n, each released by a gate, recording which were asked for and whether the reader was disposed.</summary>
    private sealed class GatedPages(int count)
    {
        private readonly TaskCompletionSource[] gates = [.. Enumerable.Range(0, count + 1).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];
        private readonly TaskCompletionSource[] requested = [.. Enumerable.Range(0, count + 1).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];

        public int? FailAt { get; init; }

        public bool Disposed { get; private set; }

        public Task Requested(int page) => requested[page].Task;

        public void Open(int page) => gates[page].TrySetResult();

        public void OpenAll()
        {
            for (var page = 1; page <= count; page++)
            {
                Open(page);
            }
        }

        public async IAsyncEnumerable<int> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                for (var page = 1; page <= count; page++)
                {
                    requested[page].TrySetResult();
                    await gates[page].Task.WaitAsync(cancellationToken);
                    if (page == FailAt)
                    {
                        throw new InvalidOperationException($"page {page} failed");
                    }

                    yield return page;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
