using Microsoft.Playwright;
using SyncConsole.Notifications;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.EndToEnd;

/// <summary>The notifications page in real Chromium: configure the endpoint (secret shown once), replay a failed delivery.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", TestCategories.Browser)]
public sealed class NotificationPageTests(BrowserFixture browser) : AppTest(loopback: true)
{
    private static readonly Guid DemoTenant = Guid.Parse("00000000-0000-0000-0000-0000000000d1");

    [Fact]
    public async Task Notifications_EndpointSavedThenFailedDeliveryReplayed_SecretShownOnceAndDelivered()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await SeedFailedDeliveryAsync();
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseUri, "notifications").ToString());
        await page.ClickAsync("#demo-signin");
        await page.WaitForURLAsync("**/notifications");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Notifications", Exact = true })).ToBeVisibleAsync();

        // Typed again until the circuit is up: a value typed into the prerendered input is lost when it connects.
        for (var attempt = 0; attempt < 20 && !await page.Locator("#new-secret").IsVisibleAsync(); attempt++)
        {
            await page.Locator("input[name=endpoint-url]").FillAsync(receiver.Url.ToString());
            await page.Locator("#save-endpoint").ClickAsync();
            await page.WaitForTimeoutAsync(1500);
        }

        await Assertions.Expect(page.Locator("#new-secret")).ToBeVisibleAsync();
        var secret = await page.Locator("#new-secret").InnerTextAsync();
        await Screenshots.SaveAsync(page, "notifications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay notification event-1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Replay queued")).ToBeVisibleAsync();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var received = await Eventually.ReturnsAsync(
            () => Task.FromResult(receiver.Requests.ToList()), r => r.Count == 1, TimeSpan.FromSeconds(30), "the replayed delivery");
        Assert.Equal("event-1", received[0].EventId);
        Assert.True(NotificationSignature.Verify(received[0].Signature, secret, received[0].Body, TimeProvider.System.GetUtcNow()));
        await page.Locator("#refresh-notifications").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Grid).GetByText("delivered", new() { Exact = true })).ToBeVisibleAsync();
    }

    private async Task SeedFailedDeliveryAsync()
    {
        await using var db = await App.CreateDbContextAsync();
        var at = TimeProvider.System.GetUtcNow().AddHours(-30);
        db.NotificationDeliveries.Add(new NotificationDeliveryRow
        {
            Id = "event-1",
            TenantId = DemoTenant,
            ConnectionId = "conn",
            EntityType = "vendor",
            RecordId = "vendor-42",
            Operation = "updated",
            Version = 3,
            Payload = """{"id":"event-1","type":"record.changed","entity_type":"vendor","record_id":"vendor-42"}""",
            CreatedAt = at,
            Status = NotificationStatuses.Failed,
            Attempts = 8,
            NextAttemptAt = at,
            LastError = "HTTP 503 Service Unavailable",
        });
        await db.SaveChangesAsync();
    }
}
