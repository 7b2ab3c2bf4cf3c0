using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sandbox;

namespace SyncConsole.Data.Configurations;

internal sealed class SandboxRecordConfiguration : IEntityTypeConfiguration<SandboxRecordRow>
{
    public void Configure(EntityTypeBuilder<SandboxRecordRow> builder)
    {
        builder.ToTable("sandbox_records");
        builder.HasKey(r => new { r.RealmId, r.Entity, r.Id });
        builder.Property(r => r.RealmId).HasColumnName("realm_id").HasMaxLength(50);
        builder.Property(r => r.Entity).HasColumnName("entity").HasMaxLength(50);
        builder.Property(r => r.Id).HasColumnName("id").HasMaxLength(50);
        builder.Property(r => r.Json).HasColumnName("json");
        builder.Property(r => r.LastUpdated).HasColumnName("last_updated");
        builder.Property(r => r.Deleted).HasColumnName("deleted");
        builder.Property(r => r.DisplayNameKey).HasColumnName("display_name_key").HasMaxLength(500);
        builder.Property(r => r.Active).HasColumnName("active");
        builder.HasIndex(r => new { r.RealmId, r.LastUpdated });
        builder.HasIndex(r => new { r.RealmId, r.Entity, r.DisplayNameKey });
    }
}
