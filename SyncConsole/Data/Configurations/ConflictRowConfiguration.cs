using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sync;

namespace SyncConsole.Data.Configurations;

internal sealed class ConflictRowConfiguration : IEntityTypeConfiguration<ConflictRow>
{
    public void Configure(EntityTypeBuilder<ConflictRow> builder)
    {
        builder.ToTable("conflicts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(50);
        builder.Property(c => c.TenantId).HasColumnName("tenant_id");
        builder.Property(c => c.ConnectionId).HasColumnName("connection_id").HasMaxLength(50);
        builder.Property(c => c.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(c => c.StateId).HasColumnName("state_id").HasMaxLength(50);
        builder.Property(c => c.RecordId).HasColumnName("record_id").HasMaxLength(100);
        builder.Property(c => c.ExternalId).HasColumnName("external_id").HasMaxLength(100);
        builder.Property(c => c.Kind).HasColumnName("kind").HasMaxLength(30);
        builder.Property(c => c.DetectedAt).HasColumnName("detected_at");
        builder.Property(c => c.FieldsJson).HasColumnName("fields");
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(c => c.ChoicesJson).HasColumnName("choices");
        builder.Property(c => c.ResolvedBy).HasColumnName("resolved_by").HasMaxLength(200);
        builder.Property(c => c.ResolvedAt).HasColumnName("resolved_at");
        builder.Property(c => c.Applied).HasColumnName("applied");
        builder.HasIndex(c => new { c.TenantId, c.Status, c.DetectedAt });
        builder.HasIndex(c => new { c.TenantId, c.ConnectionId, c.StateId });
    }
}
