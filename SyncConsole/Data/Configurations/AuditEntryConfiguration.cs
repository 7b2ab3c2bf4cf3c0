using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Audit;

namespace SyncConsole.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(a => a.TenantId).HasColumnName("tenant_id");
        builder.Property(a => a.At).HasColumnName("at");
        builder.Property(a => a.Actor).HasColumnName("actor").HasMaxLength(200);
        builder.Property(a => a.Action).HasColumnName("action").HasMaxLength(100);
        builder.Property(a => a.EntityType).HasColumnName("entity_type").HasMaxLength(50);
        builder.Property(a => a.RecordId).HasColumnName("record_id").HasMaxLength(100);
        builder.Property(a => a.Before).HasColumnName("before");
        builder.Property(a => a.After).HasColumnName("after");
        builder.Property(a => a.CorrelationId).HasColumnName("correlation_id").HasMaxLength(100);
        builder.HasIndex(a => new { a.TenantId, a.Id });
        builder.HasIndex(a => new { a.TenantId, a.EntityType, a.RecordId });
    }
}
