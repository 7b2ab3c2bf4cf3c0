using SyncConsole.Data;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Hosting;

/// <summary>A bad setting stops the app at start-up with a message that names the key.</summary>
[Trait("Category", TestCategories.Integration)]
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Database:Provider", "Oracle", "Database:Provider")]
    [InlineData("Scheduler:ThreadCount", "0", "Scheduler:ThreadCount")]
    [InlineData("Scheduler:HousekeepingInterval", "00:00:00", "Scheduler:HousekeepingInterval")]
    [InlineData("Scheduler:ClusterCheckinInterval", "not-a-time", "Scheduler:ClusterCheckinInterval")]
    [InlineData("Demo:Enabled", "maybe", "Demo:Enabled")]
    [InlineData("Credentials:Provider", "AwsKms", "Credentials:AwsKms:KeyId")]
    [InlineData("Credentials:LocalKeyRing:Keys:k1", "c2hvcnQ=", "Credentials:LocalKeyRing:Keys:k1")]
    [InlineData("Auth:Jwt:SigningKeys:1", "c2hvcnQ=", "Auth:Jwt:SigningKeys:1")]
    [InlineData("Api:Burst", "0", "Api:Burst")]
    [InlineData("Auth:Oidc:Authority", "not a url", "Auth:Oidc:Authority")]
    [InlineData("Auth:Oidc:Authority", "http://id.example.test", "Auth:Oidc:Authority must use https")]
    [InlineData("Retention:JobHistoryDays", "0", "Retention:JobHistoryDays")]
    [InlineData("DeadLetters:FailedJobsThreshold", "0", "DeadLetters:FailedJobsThreshold")]
    [InlineData("Notifications:RetrySchedule:0", "-00:01:00", "Notifications:RetrySchedule")]
    [InlineData("Notifications:RequestTimeout", "00:10:00", "Notifications:RequestTimeout")]
    public async Task Startup_BadValue_FailsWithMessageNamingTheKey(string key, string value, string expectedInMessage)
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database, new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains(expectedInMessage, Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_PostgresWithoutConnectionString_FailsNamingTheConnectionString()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:SyncConsole"] = "",
        });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("ConnectionStrings:SyncConsole", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_ProductionWithoutOidcAuthority_RefusesToStartNamingTheKey()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database).InEnvironment("Production");

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("Auth:Oidc:Authority is required when demo mode is off", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_OidcRoleMappedToAnUnknownRole_FailsNamingTheKey()
    {
        using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var app = new SyncConsoleAppFactory(database, new Dictionary<string, string?>
        {
            ["Auth:Oidc:Authority"] = "https://id.example.test",
            ["Auth:Oidc:ClientId"] = "syncconsole",
            ["Auth:Oidc:ClientSecret"] = "not-used-in-these-tests",
            ["Auth:Oidc:RoleMap:Admins"] = "superuser",
        });

        var error = Record.Exception(() => app.Services);

        Assert.NotNull(error);
        Assert.Contains("Auth:Oidc:RoleMap:Admins", Flatten(error), StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        string.Join(" | ", Chain(error).Select(e => e.Message));

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
