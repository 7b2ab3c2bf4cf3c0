using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SyncConsole.Tests.Infrastructure;

/// <summary>
/// The application's side of change notifications: a real HTTP server on 127.0.0.1 that records every request and
/// answers 503 to the first <see cref="FailFirst"/> attempts of each event, 200 afterwards.
/// </summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> attemptsByEvent = new(StringComparer.Ordinal);

    private NotificationReceiver(WebApplication app) => this.app = app;

    public sealed record Received(string? EventId, string? Signature, string Body, DateTimeOffset At, int StatusCode);

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>How many attempts of each event are refused with 503 before it is accepted.</summary>
    public int FailFirst { get; set; }

    public Uri Url { get; private set; } = default!;

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new NotificationReceiver(app);
        app.MapPost("/hooks/syncconsole", (Delegate)receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address + "/hooks/syncconsole");
        return receiver;
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var eventId = context.Request.Headers["SyncConsole-Event-Id"].FirstOrDefault();
        var attempt = attemptsByEvent.AddOrUpdate(eventId ?? string.Empty, 1, (_, n) => n + 1);
        var status = attempt <= FailFirst ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        Requests.Enqueue(new Received(eventId, context.Request.Headers["SyncConsole-Signature"].FirstOrDefault(), body, TimeProvider.System.GetUtcNow(), status));
        return Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
