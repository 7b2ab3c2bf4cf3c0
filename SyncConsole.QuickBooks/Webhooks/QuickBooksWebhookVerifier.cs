using Microsoft.Extensions.Options;

namespace SyncConsole.QuickBooks.Webhooks;

/// <summary>Verifies <c>intuit-signature</c> with the configured <c>QuickBooks:WebhookVerifierToken</c>.</summary>
public sealed class QuickBooksWebhookVerifier(IOptions<QuickBooksOptions> options)
{
    /// <summary>True when the header is the body's signature; false when it is not, or no verifier token is configured.</summary>
    public bool IsValid(ReadOnlySpan<byte> body, string? signatureHeader)
    {
        var token = options.Value.WebhookVerifierToken;
        return !string.IsNullOrEmpty(token) && QuickBooksWebhookSignature.Verify(body, signatureHeader, token);
    }
}
