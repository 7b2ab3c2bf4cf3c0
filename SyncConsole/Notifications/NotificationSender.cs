using System.Globalization;
using System.Text;

namespace SyncConsole.Notifications;

/// <summary>Posts one signed notification; any 2xx answer is a delivery, anything else (or no answer) a failed attempt.</summary>
internal sealed class NotificationSender(IHttpClientFactory clients, TimeProvider time)
{
    public const string ClientName = "notifications";

    public sealed record Attempt(bool Delivered, int? StatusCode, string? Error);

    public async Task<Attempt> SendAsync(string url, string secret, NotificationDeliveryRow delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(NotificationSignature.HeaderName, NotificationSignature.Header(secret, time.GetUtcNow(), delivery.Payload));
        request.Headers.Add(NotificationSignature.EventIdHeaderName, delivery.Id);
        request.Headers.Add("User-Agent", "SyncConsole-Notifications/1");
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new Attempt(true, code, null)
                : new Attempt(false, code, string.Create(CultureInfo.InvariantCulture, $"HTTP {code} {response.ReasonPhrase}"));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new Attempt(false, null, ex is TaskCanceledException ? "The request timed out." : ex.Message);
        }
    }
}
