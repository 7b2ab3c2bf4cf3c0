using Microsoft.AspNetCore.Http;

namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>
/// Reads one webhook delivery for the app's endpoint: the raw body (bounded), the signature check, then parsing.
/// QuickBooks wants a 200 within 3 seconds, so the caller should only store the events and process them later.
/// </summary>
public sealed class QuickBooksWebhookReceiver(QuickBooksWebhookVerifier verifier)
{
    /// <summary>Bodies above this size are refused (QuickBooks imposes no limit; this guards the app).</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Reads, verifies and parses the request.</summary>
    public async Task<QuickBooksWebhookReceipt> ReceiveAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBodyBytes)
        {
            return new QuickBooksWebhookReceipt(QuickBooksWebhookStatus.Malformed, []);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return new QuickBooksWebhookReceipt(QuickBooksWebhookStatus.Malformed, []);
            }

            buffer.Write(chunk, 0, read);
        }

        // The signature covers the exact bytes received, so it is checked before anything interprets them.
        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!verifier.IsValid(body, request.Headers[QuickBooksWebhookSignature.HeaderName]))
        {
            return new QuickBooksWebhookReceipt(QuickBooksWebhookStatus.BadSignature, []);
        }

        try
        {
            return new QuickBooksWebhookReceipt(QuickBooksWebhookStatus.Accepted, QuickBooksWebhookParser.Parse(body));
        }
        catch (QuickBooksWebhookFormatException)
        {
            return new QuickBooksWebhookReceipt(QuickBooksWebhookStatus.Malformed, []);
        }
    }
}
