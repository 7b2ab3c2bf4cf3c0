using System.Text;
using Microsoft.Extensions.Options;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Webhooks;

namespace SyncConsole.Tests.QuickBooks.Webhooks;

public sealed class QuickBooksWebhookSignatureTests
{
    [Fact]
    public void Compute_IntuitTestVector_MatchesPublishedSignature()
    {
        Assert.Equal("gfTuE5fLxnstOq8ln4LNWZfn24cg8FVB6PBv455lfzg=", QuickBooksWebhookSignature.Compute("abcd"u8, "12345"));
    }

    [Fact]
    public void Verify_TestVector_IsValid()
    {
        Assert.True(QuickBooksWebhookSignature.Verify("abcd"u8, "gfTuE5fLxnstOq8ln4LNWZfn24cg8FVB6PBv455lfzg=", "12345"));
    }

    [Theory]
    [InlineData("gfTuE5fLxnstOq8ln4LNWZfn24cg8FVB6PBv455lfzh=")]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Zm9v")]
    public void Verify_WrongMalformedOrMissingSignature_IsRejected(string? signature)
    {
        Assert.False(QuickBooksWebhookSignature.Verify("abcd"u8, signature, "12345"));
    }

    [Fact]
    public void Verify_BodyChangedAfterSigning_IsRejected()
    {
        var signature = QuickBooksWebhookSignature.Compute("abcd"u8, "12345");

        Assert.False(QuickBooksWebhookSignature.Verify("abce"u8, signature, "12345"));
    }

    [Fact]
    public void Verifier_WithoutConfiguredToken_RejectsEverything()
    {
        var verifier = new QuickBooksWebhookVerifier(Options.Create(new QuickBooksOptions { WebhookVerifierToken = null }));

        Assert.False(verifier.IsValid(Encoding.UTF8.GetBytes("abcd"), "gfTuE5fLxnstOq8ln4LNWZfn24cg8FVB6PBv455lfzg="));
    }

    [Fact]
    public void Verifier_WithConfiguredToken_AcceptsTheRightSignature()
    {
        var verifier = new QuickBooksWebhookVerifier(Options.Create(new QuickBooksOptions { WebhookVerifierToken = "12345" }));

        Assert.True(verifier.IsValid("abcd"u8, "gfTuE5fLxnstOq8ln4LNWZfn24cg8FVB6PBv455lfzg="));
    }
}
