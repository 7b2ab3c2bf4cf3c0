using System.Net;
using System.Net.Sockets;
using System.Text;
using SyncConsole.QuickBooks.Api.Dtos;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.Tests.QuickBooks.Fakes;

namespace SyncConsole.Tests.QuickBooks.Api;

/// <summary>
/// A response body is read within its attempt, over a real connection: a body cut off or stalled part way is retried
/// like a failed request, not taken for an answer.
/// </summary>
public sealed class QuickBooksApiClientBodyTests : IAsyncDisposable
{
    private const string Realm = "9130350000000001";
    private const string CustomerAnswer = """{"Customer":{"Id":"7","SyncToken":"1","DisplayName":"Seven"},"time":"2026-11-21T10:00:00.000-07:00"}""";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _attempts;

    [Fact]
    public async Task Read_BodyCutOffPartWay_IsRetriedAndTheWholeAnswerIsUsed()
    {
        using var clients = Start(firstAttempt: async stream =>
        {
            await WriteHeadAsync(stream, contentLength: CustomerAnswer.Length);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(CustomerAnswer[..20]));
            // The connection closes with most of the promised body unsent.
        });

        var customer = await clients.Api.ReadAsync<QboCustomer>("c", "7", CancellationToken.None);

        Assert.Equal("Seven", customer.DisplayName);
        Assert.Equal(2, _attempts);
    }

    [Fact]
    public async Task Read_BodyStalledPartWay_TimesOutWithinTheAttemptAndIsRetried()
    {
        using var clients = Start(firstAttempt: async stream =>
        {
            await WriteHeadAsync(stream, contentLength: CustomerAnswer.Length);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(CustomerAnswer[..20]));
            await Task.Delay(Timeout.Infinite, _stop.Token);
        });

        var customer = await clients.Api.ReadAsync<QboCustomer>("c", "7", CancellationToken.None);

        Assert.Equal("Seven", customer.DisplayName);
        Assert.Equal(2, _attempts);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }

    private static async Task WriteHeadAsync(NetworkStream stream, int contentLength) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {contentLength}\r\nConnection: close\r\n\r\n"));

    /// <summary>Serves the first attempt with <paramref name="firstAttempt"/> and every later one with the whole answer.</summary>
    private QuickBooksTestClients Start(Func<NetworkStream, Task> firstAttempt)
    {
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = Task.Run(async () =>
                {
                    using (client)
                    {
                        var stream = client.GetStream();
                        await ReadRequestHeadAsync(stream);
                        if (Interlocked.Increment(ref _attempts) == 1)
                        {
                            await firstAttempt(stream);
                            return;
                        }

                        await WriteHeadAsync(stream, Encoding.UTF8.GetByteCount(CustomerAnswer));
                        await stream.WriteAsync(Encoding.UTF8.GetBytes(CustomerAnswer));
                    }
                });
            }
        });
        var address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        var clients = new QuickBooksTestClients(address, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500), null);
        var now = clients.Clock.GetUtcNow();
        clients.Store.Seed("c", new QuickBooksTokenSet(Realm, "a", "r", now.AddHours(1), now.AddDays(1)));
        return clients;
    }

    // Bounded: a request head of ours is a few hundred bytes.
    private static async Task ReadRequestHeadAsync(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (head.Length < 64 * 1024 && !head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
    }
}
