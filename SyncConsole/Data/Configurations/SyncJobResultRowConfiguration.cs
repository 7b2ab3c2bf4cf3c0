using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.SyncJobs;

namespace SyncConsole.Data.Configurations;

internal sealed class SyncJobResultRowConfiguration : IEntityTypeConfiguration<SyncJobResultRow>
{
    public void Configure(EntityTypeBuilder<SyncJobResultRow> builder)
    {
        builder.ToTable("sync_job_results");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(r => r.TenantId).HasColumnName("tenant_id");
        builder.Property(r => r.JobId).HasColumnName("job_id").HasMaxLength(50);
        builder.Property(r => r.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(r => r.RecordId).HasColumnName("record_id").HasMaxLength(100);
        builder.Property(r => r.ExternalId).HasColumnName("external_id").HasMaxLength(100);
        builder.Property(r => r.Direction).HasColumnName("direction").HasMaxLength(10);
        builder.Property(r => r.Action).HasColumnName("action").HasMaxLength(20);
        builder.Property(r => r.Message).HasColumnName("message");
        builder.Property(r => r.At).HasColumnName("at");
        builder.Property(r => r.Resolutions).HasColumnName("resolutions");
        builder.HasIndex(r => new { r.TenantId, r.JobId, r.Id });
        builder.HasIndex(r => new { r.TenantId, r.JobId, r.Action });
    }
}
