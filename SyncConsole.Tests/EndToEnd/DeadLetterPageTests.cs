using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SyncConsole.DeadLetters;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The dead-letter page in real Chromium: details with payload and error, and a confirmed replay that queues a job.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class DeadLetterPageTests(BrowserFixture browser) : AppTest(loopback: true)
{
    private static readonly Guid DemoTenant = Guid.Parse("00000000-0000-0000-0000-0000000000d1");

    [Fact]
    public async Task DeadLetters_ReplayConfirmed_MarksReplayedAndQueuesAnEntityJob()
    {
        using var api = App.CreateApiClient(DemoTenant, "operator", "viewer");
        await QuickBooksConnector.ConnectAsync(api, BaseUri, company: "new:empty");
        var letterId = await SeedDeadLetterAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(BaseUri, "dead-letters").ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync("**/dead-letters");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dead letters" })).ToBeVisibleAsync();
        await PageActions.ClickUntilVisibleAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Details of vendor vendor-42" }),
            page.GetByLabel("Payload"));
        await Assertions.Expect(page.GetByLabel("Payload")).ToContainTextAsync("Refused Supplies Ltd");
        await Assertions.Expect(page.GetByText("The provider refused the create")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "dead-letters");

        await page.GetByRole(AriaRole.Button, new() { Name = "Replay vendor vendor-42" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Replay queued")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Grid).GetByText("replayed", new() { Exact = true })).ToBeVisibleAsync();
        await using var db = await App.CreateDbContextAsync();
        var row = await db.DeadLetters.AsNoTracking().SingleAsync(d => d.Id == letterId);
        Assert.Equal(DeadLetterStatuses.Replayed, row.Status);
        var job = await db.SyncJobs.AsNoTracking().SingleAsync(j => j.Id == row.ReplayJobId);
        Assert.Equal("entity", job.JobType);
        Assert.Contains("vendor", job.EntityTypesJson, StringComparison.Ordinal);
    }

    private async Task<string> SeedDeadLetterAsync()
    {
        await using var db = await App.CreateDbContextAsync();
        var connection = await db.Connections.SingleAsync(c => c.TenantId == DemoTenant);
        var at = TimeProvider.System.GetUtcNow();
        var letter = new DeadLetterRow
        {
            Id = Guid.NewGuid().ToString("D"),
            TenantId = DemoTenant,
            ConnectionId = connection.Id,
            IntegrationId = "quickbooks",
            EntityType = "vendor",
            StateId = Guid.NewGuid().ToString("D"),
            RecordId = "vendor-42",
            Direction = "outbound",
            Operation = "create",
            Payload = """{"id":"vendor-42","schema_version":1,"display_name":"Refused Supplies Ltd"}""",
            Error = "The provider refused the create: A business validation error has occurred.",
            Attempts = 3,
            FirstFailedAt = at.AddMinutes(-30),
            LastFailedAt = at,
            LastJobId = "job-3",
            Status = DeadLetterStatuses.Open,
        };
        db.DeadLetters.Add(letter);
        await db.SaveChangesAsync();
        return letter.Id;
    }
}
