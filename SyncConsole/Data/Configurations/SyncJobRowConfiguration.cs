using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.SyncJobs;

namespace SyncConsole.Data.Configurations;

internal sealed class SyncJobRowConfiguration : IEntityTypeConfiguration<SyncJobRow>
{
    public void Configure(EntityTypeBuilder<SyncJobRow> builder)
    {
        builder.ToTable("sync_jobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Id).HasColumnName("id").HasMaxLength(50);
        builder.Property(j => j.TenantId).HasColumnName("tenant_id");
        builder.Property(j => j.ConnectionId).HasColumnName("connection_id").HasMaxLength(50);
        builder.Property(j => j.IntegrationId).HasColumnName("integration_id").HasMaxLength(50);
        builder.Property(j => j.JobType).HasColumnName("job_type").HasMaxLength(20);
        builder.Property(j => j.EntityTypesJson).HasColumnName("entity_types");
        builder.Property(j => j.DryRun).HasColumnName("dry_run");
        builder.Property(j => j.Trigger).HasColumnName("trigger").HasMaxLength(20);
        builder.Property(j => j.Status).HasColumnName("status").HasMaxLength(30);
        builder.Property(j => j.Progress).HasColumnName("progress");
        builder.Property(j => j.EntitiesJson).HasColumnName("entities");
        builder.Property(j => j.PlanJson).HasColumnName("plan");
        builder.Property(j => j.Error).HasColumnName("error");
        builder.Property(j => j.CancelRequested).HasColumnName("cancel_requested");
        builder.Property(j => j.RequestedBy).HasColumnName("requested_by").HasMaxLength(200);
        builder.Property(j => j.RetryOf).HasColumnName("retry_of").HasMaxLength(50);
        builder.Property(j => j.RequestedAt).HasColumnName("requested_at");
        builder.Property(j => j.StartedAt).HasColumnName("started_at");
        builder.Property(j => j.FinishedAt).HasColumnName("finished_at");
        builder.Property(j => j.HeartbeatAt).HasColumnName("heartbeat_at");
        builder.Property(j => j.Node).HasColumnName("node").HasMaxLength(200);
        builder.Property(j => j.Attempts).HasColumnName("attempts");
        builder.Property(j => j.RetryAttempt).HasColumnName("retry_attempt");
        builder.Property(j => j.NextRetryAt).HasColumnName("next_retry_at");
        builder.HasIndex(j => new { j.TenantId, j.RequestedAt });
        builder.HasIndex(j => new { j.TenantId, j.ConnectionId, j.Status });
        // Housekeeping's retention sweep across tenants.
        builder.HasIndex(j => j.FinishedAt);
    }
}
