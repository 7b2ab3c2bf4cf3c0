using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sync;

namespace SyncConsole.Data.Configurations;

internal sealed class SyncCursorRowConfiguration : IEntityTypeConfiguration<SyncCursorRow>
{
    public void Configure(EntityTypeBuilder<SyncCursorRow> builder)
    {
        builder.ToTable("sync_cursors");
        builder.HasKey(c => new { c.TenantId, c.ConnectionId, c.EntityType, c.Side });
        builder.Property(c => c.TenantId).HasColumnName("tenant_id");
        builder.Property(c => c.ConnectionId).HasColumnName("connection_id").HasMaxLength(50);
        builder.Property(c => c.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(c => c.Side).HasColumnName("side").HasMaxLength(10);
        builder.Property(c => c.Cursor).HasColumnName("cursor").HasMaxLength(500);
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
