using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Webhooks;

namespace SyncConsole.Tests.QuickBooks.Webhooks;

public sealed class QuickBooksWebhookReceiverTests
{
    private const string Token = "verifier";
    private const string Body = """{"eventNotifications":[{"realmId":"1","dataChangeEvent":{"entities":[{"name":"Bill","id":"9","operation":"Delete","lastUpdated":"2026-01-02T03:04:05Z"}]}}]}""";
    private readonly QuickBooksWebhookReceiver _receiver = new(new QuickBooksWebhookVerifier(Options.Create(new QuickBooksOptions { WebhookVerifierToken = Token })));

    [Fact]
    public async Task Receive_SignedNotification_IsAcceptedWithItsEvents()
    {
        var receipt = await _receiver.ReceiveAsync(Request(Body, Sign(Body)), CancellationToken.None);

        Assert.Equal(QuickBooksWebhookStatus.Accepted, receipt.Status);
        Assert.Equal(("Bill", "9", QuickBooksWebhookOperation.Delete), (receipt.Events[0].EntityName, receipt.Events[0].EntityId, receipt.Events[0].Operation));
    }

    [Fact]
    public async Task Receive_BadSignature_IsRejectedWithoutEvents()
    {
        var receipt = await _receiver.ReceiveAsync(Request(Body, Sign(Body + " ")), CancellationToken.None);

        Assert.Equal(QuickBooksWebhookStatus.BadSignature, receipt.Status);
        Assert.Empty(receipt.Events);
    }

    [Fact]
    public async Task Receive_SignedButNotANotification_IsMalformed()
    {
        const string Junk = """{"hello":"world"}""";

        var receipt = await _receiver.ReceiveAsync(Request(Junk, Sign(Junk)), CancellationToken.None);

        Assert.Equal(QuickBooksWebhookStatus.Malformed, receipt.Status);
    }

    private static string Sign(string body) => QuickBooksWebhookSignature.Compute(Encoding.UTF8.GetBytes(body), Token);

    private static HttpRequest Request(string body, string signature)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Request.Headers[QuickBooksWebhookSignature.HeaderName] = signature;
        return context.Request;
    }
}
