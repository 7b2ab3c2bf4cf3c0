using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// A minimal SignalR client (JSON protocol over a WebSocket, as the JavaScript client speaks it), since the .NET
/// SignalR client is not in our NuGet mirror: handshake, invocations, and received messages by target.
/// </summary>
internal sealed class SignalRSocket : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly ClientWebSocket socket = new();
    private readonly StringBuilder pending = new();

    public static async Task<SignalRSocket> ConnectAsync(Uri baseUri, string path, string accessToken)
    {
        var client = new SignalRSocket();
        var ws = new UriBuilder(new Uri(baseUri, path)) { Scheme = "ws", Query = $"access_token={Uri.EscapeDataString(accessToken)}" }.Uri;
        await client.socket.ConnectAsync(ws, CancellationToken.None);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await client.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.False(handshake.TryGetProperty("error", out var error), error.ToString());
        return client;
    }

    public Task InvokeAsync(string target, params object[] arguments) =>
        SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = Guid.NewGuid().ToString("N"), target, arguments }));

    /// <summary>The next message with this target (pings and completions are skipped); throws after the timeout.</summary>
    public async Task<JsonElement> NextAsync(string target, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await ReceiveAsync(timeout, deadline.Token);
            if (message.TryGetProperty("target", out var t) && t.GetString() == target)
            {
                return message.GetProperty("arguments")[0];
            }
        }
    }

    /// <summary>The next completion of an invocation (to read a hub error).</summary>
    public async Task<JsonElement> NextCompletionAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await ReceiveAsync(timeout, deadline.Token);
            if (message.GetProperty("type").GetInt32() == 3)
            {
                return message;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        socket.Dispose();
    }

    private Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task<JsonElement> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var buffer = new byte[8192];
        while (true)
        {
            var text = pending.ToString();
            var end = text.IndexOf(Separator, StringComparison.Ordinal);
            if (end >= 0)
            {
                pending.Remove(0, end + 1);
                return JsonDocument.Parse(text[..end]).RootElement.Clone();
            }

            var result = await socket.ReceiveAsync(buffer, limit.Token);
            pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }
}
