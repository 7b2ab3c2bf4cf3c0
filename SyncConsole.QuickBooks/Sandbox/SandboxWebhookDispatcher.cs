using System.Globalization;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks.Sandbox.Storage;

namespace SyncConsole.QuickBooks.Sandbox;

/// <summary>
/// Posts queued changes to the configured webhook URL, signed with the verifier token, in commit order, holding later
/// deliveries while one is retried (as QuickBooks' ordered queue does). The realm's faults at commit time drop,
/// duplicate, delay or reorder deliveries.
/// </summary>
internal sealed partial class SandboxWebhookDispatcher(
    SandboxWebhookQueue queue,
    SandboxRandom random,
    IHttpClientFactory httpClientFactory,
    IOptions<SandboxOptions> options,
    TimeProvider time,
    ILogger<SandboxWebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "QuickBooksSandboxWebhooks";

    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        (string Body, SandboxFaults Faults)? held = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            SandboxWebhookBatch batch;
            try
            {
                batch = await NextAsync(held is not null, stoppingToken);
            }
            catch (OperationCanceledException) when (held is not null && !stoppingToken.IsCancellationRequested)
            {
                // Nothing came after the held delivery: send it now rather than never.
                await DeliverAsync(held.Value.Body, held.Value.Faults, stoppingToken);
                held = null;
                continue;
            }

            var settings = batch.Faults;
            if (random.Chance(settings.WebhookDropRate))
            {
                continue;
            }

            var body = SandboxWebhookPayloads.Build(options.Value.WebhookFormat, batch.Changes);
            if (random.Chance(settings.WebhookDelayRate))
            {
                _ = DelayedAsync(body, settings, stoppingToken);
                continue;
            }

            if (held is null && random.Chance(settings.WebhookReorderRate))
            {
                held = (body, settings);
                continue;
            }

            await DeliverAsync(body, settings, stoppingToken);
            if (held is not null)
            {
                await DeliverAsync(held.Value.Body, held.Value.Faults, stoppingToken);
                held = null;
            }
        }
    }

    private async Task<SandboxWebhookBatch> NextAsync(bool holding, CancellationToken stoppingToken)
    {
        if (!holding)
        {
            return await queue.Reader.ReadAsync(stoppingToken);
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        idle.CancelAfter(TimeSpan.FromSeconds(1));
        return await queue.Reader.ReadAsync(idle.Token);
    }

    private async Task DelayedAsync(string body, SandboxFaults settings, CancellationToken cancellationToken)
    {
        await Task.Delay(settings.WebhookDelay, time, cancellationToken);
        await DeliverAsync(body, settings, cancellationToken);
    }

    /// <summary>Sends a body, and a second time when the realm's duplicate rate says so.</summary>
    private async Task DeliverAsync(string body, SandboxFaults settings, CancellationToken cancellationToken)
    {
        await SendAsync(body, cancellationToken);
        if (random.Chance(settings.WebhookDuplicateRate))
        {
            await SendAsync(body, cancellationToken);
        }
    }

    private async Task SendAsync(string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.WebhookUrl);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            request.Headers.Add("intuit-signature", SandboxWebhookPayloads.Sign(settings.WebhookVerifierToken!, body));
            request.Headers.Add("intuit-t-id", Guid.NewGuid().ToString());
            request.Headers.Add("intuit-created-time", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            request.Headers.Add("intuit-notification-schema-version", "0.1");
            request.Headers.TryAddWithoutValidation("User-Agent", "intuit_notification_server/0.1");
            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                LogRejected(logger, (int)response.StatusCode, attempt + 1);
            }
            catch (HttpRequestException exception)
            {
                LogFailed(logger, exception, attempt + 1);
            }

            if (attempt >= RetryDelays.Length)
            {
                return;
            }

            await Task.Delay(RetryDelays[attempt], time, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox webhook rejected with HTTP {Status} (attempt {Attempt})")]
    private static partial void LogRejected(ILogger logger, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox webhook delivery failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Exception exception, int attempt);
}
