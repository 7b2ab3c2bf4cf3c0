using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.DeadLetters;

namespace SyncConsole.Data.Configurations;

internal sealed class DeadLetterRowConfiguration : IEntityTypeConfiguration<DeadLetterRow>
{
    public void Configure(EntityTypeBuilder<DeadLetterRow> builder)
    {
        builder.ToTable("dead_letters");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(50);
        builder.Property(d => d.TenantId).HasColumnName("tenant_id");
        builder.Property(d => d.ConnectionId).HasColumnName("connection_id").HasMaxLength(50);
        builder.Property(d => d.IntegrationId).HasColumnName("integration_id").HasMaxLength(50);
        builder.Property(d => d.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(d => d.StateId).HasColumnName("state_id").HasMaxLength(50);
        builder.Property(d => d.RecordId).HasColumnName("record_id").HasMaxLength(100);
        builder.Property(d => d.ExternalId).HasColumnName("external_id").HasMaxLength(100);
        builder.Property(d => d.Direction).HasColumnName("direction").HasMaxLength(10);
        builder.Property(d => d.Operation).HasColumnName("operation").HasMaxLength(20);
        builder.Property(d => d.Payload).HasColumnName("payload");
        builder.Property(d => d.Error).HasColumnName("error");
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.Permanent).HasColumnName("permanent");
        builder.Property(d => d.FirstFailedAt).HasColumnName("first_failed_at");
        builder.Property(d => d.LastFailedAt).HasColumnName("last_failed_at");
        builder.Property(d => d.LastJobId).HasColumnName("last_job_id").HasMaxLength(50);
        builder.Property(d => d.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(d => d.ReplayedAt).HasColumnName("replayed_at");
        builder.Property(d => d.ReplayedBy).HasColumnName("replayed_by").HasMaxLength(200);
        builder.Property(d => d.ReplayJobId).HasColumnName("replay_job_id").HasMaxLength(50);
        builder.Property(d => d.ResolvedAt).HasColumnName("resolved_at");
        builder.HasIndex(d => new { d.TenantId, d.Status, d.LastFailedAt });
        builder.HasIndex(d => new { d.TenantId, d.ConnectionId, d.StateId });
    }
}
