using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SyncConsole.Data;
using SyncConsole.DeadLetters;
using SyncConsole.Integrations;
using SyncConsole.Notifications;
using SyncConsole.Records;
using SyncConsole.Sync;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Endpoints;

/// <summary>
/// Every endpoint of shared/API.md: 401 without a token, 403 with the wrong role, 404 for another tenant's
/// resources, and nothing written by any rejected request.
/// </summary>
[Trait("Category", TestCategories.Integration)]
public sealed class EndpointSecurityTests : IAsyncLifetime
{
    private const string JobId = "11111111-1111-1111-1111-111111111111";
    private const string ConflictId = "22222222-2222-2222-2222-222222222222";
    private const string RecordId = "rec-1";
    private const string DeadLetterId = "33333333-3333-3333-3333-333333333333";
    private const string DeliveryId = "44444444-4444-4444-4444-444444444444";
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Stranger = Guid.NewGuid();
    private TestDatabase database = default!;
    private SyncConsoleAppFactory app = default!;

    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/integrations/available", "viewer" },
        { "GET", "/api/integrations", "viewer" },
        { "POST", "/api/integrations/quickbooks/connect", "operator" },
        { "POST", "/api/integrations/quickbooks/callback", "operator" },
        { "DELETE", "/api/integrations/quickbooks", "operator" },
        { "GET", "/api/integrations/quickbooks/sync-status", "viewer" },
        { "GET", "/api/integrations/quickbooks/settings", "viewer" },
        { "PUT", "/api/integrations/quickbooks/settings", "operator" },
        { "POST", "/api/integrations/quickbooks/notify", "operator" },
        { "GET", "/api/records/customer", "viewer" },
        { "GET", $"/api/records/customer/{RecordId}", "viewer" },
        { "PUT", $"/api/records/customer/{RecordId}", "operator" },
        { "PATCH", $"/api/records/customer/{RecordId}", "operator" },
        { "DELETE", $"/api/records/customer/{RecordId}", "operator" },
        { "GET", "/api/records/changes", "viewer" },
        { "POST", "/api/sync-jobs", "operator" },
        { "GET", "/api/sync-jobs", "viewer" },
        { "GET", $"/api/sync-jobs/{JobId}", "viewer" },
        { "POST", $"/api/sync-jobs/{JobId}/cancel", "operator" },
        { "POST", $"/api/sync-jobs/{JobId}/retry", "operator" },
        { "GET", $"/api/sync-jobs/{JobId}/records", "viewer" },
        { "GET", "/api/conflicts", "viewer" },
        { "GET", $"/api/conflicts/{ConflictId}", "viewer" },
        { "POST", $"/api/conflicts/{ConflictId}/resolve", "finance" },
        { "GET", "/api/audit", "viewer" },
        { "GET", "/api/admin/integrations", "admin" },
        { "POST", $"/api/admin/integrations/{Owner}/quickbooks/sync-status/customer/reset", "admin" },
        { "GET", "/api/admin/default-rules", "admin" },
        { "PUT", "/api/admin/default-rules/customer", "admin" },
        { "POST", "/api/embed-tokens", "viewer" },
        { "GET", "/api/dead-letters", "viewer" },
        { "GET", $"/api/dead-letters/{DeadLetterId}", "viewer" },
        { "POST", $"/api/dead-letters/{DeadLetterId}/replay", "operator" },
        { "GET", "/api/notifications/endpoint", "admin" },
        { "PUT", "/api/notifications/endpoint", "admin" },
        { "GET", "/api/notifications/deliveries", "viewer" },
        { "POST", $"/api/notifications/deliveries/{DeliveryId}/replay", "operator" },
    };

    public static TheoryData<string, string> TenantResources => new()
    {
        { "GET", $"/api/records/customer/{RecordId}" },
        { "PATCH", $"/api/records/customer/{RecordId}" },
        { "DELETE", $"/api/records/customer/{RecordId}" },
        { "GET", $"/api/sync-jobs/{JobId}" },
        { "POST", $"/api/sync-jobs/{JobId}/cancel" },
        { "POST", $"/api/sync-jobs/{JobId}/retry" },
        { "GET", $"/api/sync-jobs/{JobId}/records" },
        { "GET", $"/api/conflicts/{ConflictId}" },
        { "POST", $"/api/conflicts/{ConflictId}/resolve" },
        { "GET", "/api/integrations/quickbooks/sync-status" },
        { "DELETE", "/api/integrations/quickbooks" },
        { "POST", "/api/integrations/quickbooks/notify" },
        { "GET", $"/api/dead-letters/{DeadLetterId}" },
        { "POST", $"/api/dead-letters/{DeadLetterId}/replay" },
        { "POST", $"/api/notifications/deliveries/{DeliveryId}/replay" },
    };

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        app = new SyncConsoleAppFactory(database);
        await SeedOwnerAsync();
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        database.Dispose();
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_WithoutToken_Is401AndWritesNothing(string method, string path, string role)
    {
        _ = role;
        using var client = app.CreateClient();
        var before = await FingerprintAsync();

        using var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Endpoint_WrongRole_Is403AndWritesNothing(string method, string path, string role)
    {
        var wrongRole = role switch
        {
            "viewer" => "guest",
            "operator" => "viewer",
            "finance" => "operator",
            "admin" => "operator",
            _ => throw new ArgumentOutOfRangeException(nameof(role)),
        };
        using var client = app.CreateApiClient(Owner, wrongRole);
        var before = await FingerprintAsync();

        using var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await FingerprintAsync());
    }

    [Theory]
    [MemberData(nameof(TenantResources))]
    public async Task Endpoint_AnotherTenantsResource_Is404AndWritesNothing(string method, string path)
    {
        using var client = app.CreateApiClient(Stranger, "viewer", "operator", "finance");
        var before = await FingerprintAsync();

        using var response = await client.SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await FingerprintAsync());
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "POST" or "PUT" or "PATCH")
        {
            // A body that would be valid for the endpoints that read one, so a 4xx here is about who asks.
            request.Content = JsonContent.Create(new
            {
                display_name = "Changed",
                entity_type = "customer",
                record_ids = new[] { RecordId },
                choices = new Dictionary<string, string> { ["email"] = "ours" },
            });
        }

        return request;
    }

    // Row counts and the owner's record version: any write by a rejected request changes one of them.
    private async Task<string> FingerprintAsync()
    {
        await using var db = await app.CreateDbContextAsync();
        var counts = new[]
        {
            await db.Records.CountAsync(), await db.RecordChanges.CountAsync(), await db.SyncJobs.CountAsync(),
            await db.Conflicts.CountAsync(c => c.Status == "Open"), await db.Connections.CountAsync(c => c.Status == "connected"),
            await db.AuditEntries.CountAsync(), await db.OAuthStates.CountAsync(), await db.SyncRules.CountAsync(),
            await db.DeadLetters.CountAsync(d => d.Status == "open"), await db.NotificationDeliveries.CountAsync(d => d.Status == "failed"),
            await db.NotificationEndpoints.CountAsync(), await db.DefaultRules.CountAsync(),
        };
        var version = await db.Records.Where(r => r.Id == RecordId).Select(r => r.Version).SingleAsync();
        var job = await db.SyncJobs.Where(j => j.Id == JobId).Select(j => j.Status + j.CancelRequested).SingleAsync();
        return $"{string.Join(",", counts)}|{version}|{job}";
    }

    private async Task SeedOwnerAsync()
    {
        var now = DateTimeOffset.UnixEpoch.AddYears(56);
        await using var db = await app.CreateDbContextAsync();
        db.Connections.Add(new ConnectionRow
        {
            Id = "conn-1",
            TenantId = Owner,
            IntegrationId = "quickbooks",
            Status = ConnectionStatuses.Connected,
            ExternalAccountId = "9130",
            UpdatedAt = now,
        });
        db.Records.Add(new RecordRow
        {
            TenantId = Owner,
            EntityType = "customer",
            Id = RecordId,
            Version = 1,
            SchemaVersion = 2,
            ChangeSeq = 1,
            ModifiedAt = now,
            Body = """{"id":"rec-1","schema_version":2,"display_name":"Original","email":"a@example.com"}""",
        });
        db.SyncJobs.Add(new SyncJobRow
        {
            Id = JobId,
            TenantId = Owner,
            ConnectionId = "conn-1",
            IntegrationId = "quickbooks",
            JobType = "full",
            EntityTypesJson = "[]",
            Trigger = "manual",
            Status = "failed",
            RequestedBy = "owner",
            RequestedAt = now,
        });
        db.DeadLetters.Add(new DeadLetterRow
        {
            Id = DeadLetterId,
            TenantId = Owner,
            ConnectionId = "conn-1",
            IntegrationId = "quickbooks",
            EntityType = "customer",
            StateId = "state-1",
            RecordId = RecordId,
            Direction = "outbound",
            Operation = "create",
            Error = "Refused.",
            Attempts = 3,
            FirstFailedAt = now,
            LastFailedAt = now,
            LastJobId = JobId,
            Status = "open",
        });
        db.NotificationDeliveries.Add(new NotificationDeliveryRow
        {
            Id = DeliveryId,
            TenantId = Owner,
            ConnectionId = "conn-1",
            EntityType = "customer",
            RecordId = RecordId,
            Operation = "updated",
            Version = 1,
            Payload = "{}",
            CreatedAt = now,
            Status = "failed",
            NextAttemptAt = now,
        });
        db.NotificationEndpoints.Add(new NotificationEndpointRow
        {
            TenantId = Owner,
            Url = "https://app.example.com/hooks",
            SecretProtected = "{}",
            Enabled = true,
            UpdatedBy = "owner",
        });
        db.Conflicts.Add(new ConflictRow
        {
            Id = ConflictId,
            TenantId = Owner,
            ConnectionId = "conn-1",
            EntityType = "customer",
            StateId = "state-1",
            RecordId = RecordId,
            Kind = "FieldValues",
            Status = "Open",
            DetectedAt = now,
            FieldsJson = """[{"field":"email","base":"a@example.com","ours":"b@example.com","theirs":"c@example.com"}]""",
        });
        await db.SaveChangesAsync();
    }
}
