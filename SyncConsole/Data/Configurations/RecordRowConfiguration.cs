using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Records;

namespace SyncConsole.Data.Configurations;

internal sealed class RecordRowConfiguration : IEntityTypeConfiguration<RecordRow>
{
    public void Configure(EntityTypeBuilder<RecordRow> builder)
    {
        builder.ToTable("records");
        builder.HasKey(r => new { r.TenantId, r.EntityType, r.Id });
        builder.Property(r => r.TenantId).HasColumnName("tenant_id");
        builder.Property(r => r.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(r => r.Id).HasColumnName("id").HasMaxLength(100);
        builder.Property(r => r.Version).HasColumnName("version");
        builder.Property(r => r.SchemaVersion).HasColumnName("schema_version");
        builder.Property(r => r.Body).HasColumnName("body");
        builder.Property(r => r.ModifiedAt).HasColumnName("modified_at");
        builder.Property(r => r.Deleted).HasColumnName("deleted");
        builder.Property(r => r.ChangeSeq).HasColumnName("change_seq");
        builder.HasIndex(r => new { r.TenantId, r.EntityType, r.ChangeSeq });
        builder.HasIndex(r => new { r.TenantId, r.EntityType, r.ModifiedAt });
    }
}
