using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.QuickBooks.Sandbox;
using SyncConsole.Tests.Infrastructure;
using static SyncConsole.Tests.QuickBooks.Sandbox.SandboxHttp;

namespace SyncConsole.Tests.QuickBooks.Sandbox;

[Trait("Category", TestCategories.Integration)]
public sealed class SandboxCompanyFactoryTests(SandboxServerFixture fixture) : IClassFixture<SandboxServerFixture>
{
    [Fact]
    public async Task Create_FromCode_GivesACompanyWhoseTokensWorkOverHttp()
    {
        var factory = fixture.Server.Services.GetRequiredService<SandboxCompanyFactory>();

        var company = await factory.CreateAsync("Start-up demo", demoData: false, CancellationToken.None);
        var (status, _) = await QueryAsync(fixture.Server, new CreatedRealm(company.RealmId, company.AccessToken, company.RefreshToken), "SELECT * FROM Customer");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(company.AccessToken, company.ToString(), StringComparison.Ordinal);
        Assert.True(company.AccessTokenExpiresAt > fixture.Server.Clock.GetUtcNow().AddMinutes(59));
    }
}
