using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sync;

namespace SyncConsole.Data.Configurations;

internal sealed class SyncStateRowConfiguration : IEntityTypeConfiguration<SyncStateRow>
{
    public void Configure(EntityTypeBuilder<SyncStateRow> builder)
    {
        builder.ToTable("sync_states");
        builder.HasKey(s => s.StateId);
        builder.Property(s => s.StateId).HasColumnName("state_id").HasMaxLength(50);
        builder.Property(s => s.TenantId).HasColumnName("tenant_id");
        builder.Property(s => s.ConnectionId).HasColumnName("connection_id").HasMaxLength(50);
        builder.Property(s => s.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(s => s.InternalId).HasColumnName("internal_id").HasMaxLength(100);
        builder.Property(s => s.ExternalId).HasColumnName("external_id").HasMaxLength(100);
        builder.Property(s => s.InternalVersion).HasColumnName("internal_version");
        builder.Property(s => s.ExternalVersion).HasColumnName("external_version");
        builder.Property(s => s.SyncedInternalVersion).HasColumnName("synced_internal_version");
        builder.Property(s => s.SyncedExternalVersion).HasColumnName("synced_external_version");
        builder.Property(s => s.ExternalToken).HasColumnName("external_token").HasMaxLength(100);
        builder.Property(s => s.BaseJson).HasColumnName("base");
        builder.Property(s => s.PendingWriteJson).HasColumnName("pending_write");
        builder.Property(s => s.ObservedOursJson).HasColumnName("observed_ours");
        builder.Property(s => s.ObservedTheirsJson).HasColumnName("observed_theirs");
        builder.Property(s => s.Removed).HasColumnName("removed");
        builder.Property(s => s.Status).HasColumnName("status").HasMaxLength(30);
        builder.Property(s => s.Message).HasColumnName("message");
        builder.Property(s => s.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(s => new { s.TenantId, s.ConnectionId, s.EntityType, s.InternalId }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.ConnectionId, s.EntityType, s.ExternalId }).IsUnique();
        builder.HasIndex(s => new { s.TenantId, s.ConnectionId, s.EntityType, s.Status });
    }
}
