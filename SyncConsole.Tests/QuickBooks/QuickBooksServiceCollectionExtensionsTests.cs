using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SyncConsole.Core;
using SyncConsole.Core.Ports;
using SyncConsole.Core.Schema;
using SyncConsole.QuickBooks;
using SyncConsole.QuickBooks.Auth;
using SyncConsole.QuickBooks.Webhooks;
using SyncConsole.Tests.QuickBooks.Fakes;

namespace SyncConsole.Tests.QuickBooks;

public sealed class QuickBooksServiceCollectionExtensionsTests
{
    [Fact]
    public void AddQuickBooks_RegistersTheProviderWithCoreInOneCall()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["QuickBooks:ClientId"] = "id",
            ["QuickBooks:ClientSecret"] = "secret",
            ["QuickBooks:Environment"] = "Production",
            ["QuickBooks:WebhookVerifierToken"] = "12345",
        });
        using var scope = provider.CreateScope();

        var quickBooks = scope.ServiceProvider.GetRequiredService<ISyncProviderRegistry>().Resolve(QuickBooksServiceCollectionExtensions.ProviderId);

        Assert.Equal(EntityTypes.All.Order(), quickBooks.Mappers.Keys.Order());
        Assert.Equal([EntityType.Account, EntityType.Item, EntityType.Customer, EntityType.Vendor, EntityType.Invoice, EntityType.Bill, EntityType.Payment], quickBooks.Strategy.EntityOrder);
        Assert.Equal(DeleteMode.Inactivate, quickBooks.Strategy.CapabilitiesOf(EntityType.Vendor).DeleteMode);
        Assert.Equal(DeleteMode.Delete, quickBooks.Strategy.CapabilitiesOf(EntityType.Invoice).DeleteMode);
        Assert.True(provider.GetRequiredService<QuickBooksWebhookVerifier>().IsValid("abcd"u8, "gfTuE5fLxnstOq8ln4LNWZfn24cg8FVB6PBv455lfzg="));
    }

    [Fact]
    public void Options_MissingClientAndEmulatorUrl_FailWithMessagesNamingTheKeys()
    {
        using var provider = Build(new Dictionary<string, string?> { ["QuickBooks:Environment"] = "Emulator", ["QuickBooks:MinorVersion"] = "65" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QuickBooksOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("QuickBooks:ClientId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("QuickBooks:ClientSecret", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("QuickBooks:EmulatorBaseUrl", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("QuickBooks:MinorVersion", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(QuickBooksEnvironment.Production, "https://quickbooks.api.intuit.com/", "https://appcenter.intuit.com/connect/oauth2")]
    [InlineData(QuickBooksEnvironment.Sandbox, "https://sandbox-quickbooks.api.intuit.com/", "https://appcenter.intuit.com/connect/oauth2")]
    [InlineData(QuickBooksEnvironment.Emulator, "http://localhost:5000/sandbox/quickbooks/", "http://localhost:5000/sandbox/quickbooks/oauth2/authorize")]
    public void Endpoints_PerEnvironment_AreIntuitsOrTheEmulators(QuickBooksEnvironment environment, string api, string authorize)
    {
        var endpoints = QuickBooksEndpoints.Resolve(new QuickBooksOptions { Environment = environment, EmulatorBaseUrl = new Uri("http://localhost:5000") });

        Assert.Equal(api, endpoints.ApiBaseUri.AbsoluteUri);
        Assert.Equal(authorize, endpoints.AuthorizeUri.AbsoluteUri);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSyncCore();
        services.AddQuickBooks(configuration);
        services.AddSingleton<IQuickBooksTokenStore, InMemoryTokenStore>();
        return services.BuildServiceProvider();
    }
}
