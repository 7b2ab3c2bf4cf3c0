using SyncConsole.QuickBooks.Sandbox;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

public sealed class SandboxOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new SandboxOptionsValidator().Validate(null, new SandboxOptions()).Succeeded);
    }

    [Fact]
    public void Validate_WebhookUrlWithoutVerifierAndNoClient_FailsNamingTheKeys()
    {
        var options = new SandboxOptions { ClientId = " ", WebhookUrl = new Uri("http://127.0.0.1:9/hooks"), RequestsPerSecond = 0 };

        var result = new SandboxOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("QuickBooks:Sandbox:ClientId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("QuickBooks:Sandbox:WebhookVerifierToken", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("QuickBooks:Sandbox:RequestsPerSecond", StringComparison.Ordinal));
    }
}
