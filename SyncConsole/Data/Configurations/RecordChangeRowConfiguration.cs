using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Records;

namespace SyncConsole.Data.Configurations;

internal sealed class RecordChangeRowConfiguration : IEntityTypeConfiguration<RecordChangeRow>
{
    public void Configure(EntityTypeBuilder<RecordChangeRow> builder)
    {
        builder.ToTable("record_changes");
        builder.HasKey(c => new { c.TenantId, c.Seq });
        builder.Property(c => c.Seq).HasColumnName("seq").ValueGeneratedNever();
        builder.Property(c => c.TenantId).HasColumnName("tenant_id");
        builder.Property(c => c.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(c => c.RecordId).HasColumnName("record_id").HasMaxLength(100);
        builder.Property(c => c.Operation).HasColumnName("operation").HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).HasColumnName("version");
        builder.Property(c => c.ChangedAt).HasColumnName("changed_at");
        builder.Property(c => c.Actor).HasColumnName("actor").HasMaxLength(200);
    }
}
