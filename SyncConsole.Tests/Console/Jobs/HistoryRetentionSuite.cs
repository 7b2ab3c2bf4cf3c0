using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SyncConsole.Data;
using SyncConsole.Jobs;
using SyncConsole.Notifications;
using SyncConsole.Security.Embedding;
using SyncConsole.SyncJobs;
using SyncConsole.Tests.Infrastructure;

namespace SyncConsole.Tests.Console.Jobs;

/// <summary>
/// Housekeeping's retention on each provider: sync jobs finished longer ago than Retention:JobHistoryDays go, with
/// their per-record results, in batches; newer or unfinished jobs and other tenants' newer jobs stay; delivered
/// notifications past the 14-day replay window go; embed token redemptions go once their token has been expired for
/// longer than the allowed clock skew between nodes.
/// </summary>
public abstract class HistoryRetentionSuite(DatabaseProvider provider) : AppTest(provider, settings: new Dictionary<string, string?>
{
    ["Retention:JobHistoryDays"] = "30",
    ["Retention:BatchSize"] = "2",
})
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private static readonly ClaimsPrincipal Admin = TestUsers.Admin(TenantA);

    [Fact]
    public async Task HousekeepingJob_TriggeredNow_DeletesOldFinishedJobsWithResultsInBatchesAndKeepsTheRest()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using (var db = await App.CreateDbContextAsync())
        {
            for (var i = 0; i < 5; i++)
            {
                AddJob(db, $"old-a-{i}", TenantA, now.AddDays(-31 - i), finished: true, results: 3);
            }

            AddJob(db, "old-b", TenantB, now.AddDays(-40), finished: true, results: 2);
            AddJob(db, "recent-a", TenantA, now.AddDays(-29), finished: true, results: 2);
            AddJob(db, "old-running-b", TenantB, now.AddDays(-45), finished: false, results: 1);
            AddDelivery(db, "delivered-old", NotificationStatuses.Delivered, now.AddDays(-15));
            AddDelivery(db, "delivered-recent", NotificationStatuses.Delivered, now.AddDays(-13));
            AddDelivery(db, "failed-old", NotificationStatuses.Failed, now.AddDays(-15));
            for (var i = 0; i < 5; i++)
            {
                db.EmbedTokenUses.Add(new EmbedTokenUseRow { TokenId = $"expired-{i}", ExpiresAt = now.AddMinutes(-10 - i) });
            }

            db.EmbedTokenUses.Add(new EmbedTokenUseRow { TokenId = "within-skew", ExpiresAt = now.AddMinutes(-1) });
            db.EmbedTokenUses.Add(new EmbedTokenUseRow { TokenId = "valid", ExpiresAt = now.AddMinutes(1) });
            await db.SaveChangesAsync();
        }

        var jobs = App.Services.GetRequiredService<ScheduledJobsService>();
        var before = (await jobs.RecentHousekeepingRunsAsync(Admin, 100)).Count;
        await jobs.RunNowAsync(Admin, new ScheduleKey(ScheduleKind.Job, HousekeepingJob.Key.Group, HousekeepingJob.Key.Name));
        // The start-up run may race the triggered one (either can find the old rows), so count every run since.
        await Eventually.ReturnsAsync(
            () => jobs.RecentHousekeepingRunsAsync(Admin, 100), r => r.Count > before && r.Take(r.Count - before).Sum(x => x.PrunedRows) >= 6 + 17 + 1 + 5,
            TimeSpan.FromSeconds(30), "housekeeping runs pruning the old rows");

        await using var read = await App.CreateDbContextAsync();
        Assert.Equal(["old-running-b", "recent-a"], await read.SyncJobs.OrderBy(j => j.Id).Select(j => j.Id).ToListAsync());
        Assert.Equal(["old-running-b", "recent-a"], await read.SyncJobResults.Select(r => r.JobId).Distinct().OrderBy(j => j).ToListAsync());
        Assert.Equal(3, await read.SyncJobResults.CountAsync());
        Assert.Equal(["delivered-recent", "failed-old"], await read.NotificationDeliveries.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync());
        Assert.Equal(["valid", "within-skew"], await read.EmbedTokenUses.OrderBy(u => u.TokenId).Select(u => u.TokenId).ToListAsync());
    }

    private static void AddJob(SyncConsoleDbContext db, string id, Guid tenant, DateTimeOffset at, bool finished, int results)
    {
        db.SyncJobs.Add(new SyncJobRow
        {
            Id = id,
            TenantId = tenant,
            ConnectionId = "conn",
            IntegrationId = "quickbooks",
            JobType = "incremental",
            EntityTypesJson = "[]",
            Trigger = "schedule",
            Status = finished ? "succeeded" : "running",
            RequestedBy = "schedule",
            RequestedAt = at,
            StartedAt = at,
            FinishedAt = finished ? at : null,
        });
        for (var i = 0; i < results; i++)
        {
            db.SyncJobResults.Add(new SyncJobResultRow
            {
                TenantId = tenant,
                JobId = id,
                EntityType = "vendor",
                RecordId = $"r{i}",
                Direction = "inbound",
                Action = "created",
                At = at,
            });
        }
    }

    private static void AddDelivery(SyncConsoleDbContext db, string id, string status, DateTimeOffset at) =>
        db.NotificationDeliveries.Add(new NotificationDeliveryRow
        {
            Id = id,
            TenantId = TenantA,
            ConnectionId = "conn",
            EntityType = "vendor",
            RecordId = "r1",
            Operation = "updated",
            Version = 2,
            Payload = "{}",
            CreatedAt = at,
            Status = status,
            NextAttemptAt = at,
        });
}
