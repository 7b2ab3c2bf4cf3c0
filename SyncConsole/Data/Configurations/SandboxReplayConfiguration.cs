using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sandbox;

namespace SyncConsole.Data.Configurations;

internal sealed class SandboxReplayConfiguration : IEntityTypeConfiguration<SandboxReplayRow>
{
    public void Configure(EntityTypeBuilder<SandboxReplayRow> builder)
    {
        builder.ToTable("sandbox_replays");
        builder.HasKey(r => new { r.RealmId, r.RequestId });
        builder.Property(r => r.RealmId).HasColumnName("realm_id").HasMaxLength(50);
        builder.Property(r => r.RequestId).HasColumnName("request_id").HasMaxLength(100);
        builder.Property(r => r.StatusCode).HasColumnName("status_code");
        builder.Property(r => r.Body).HasColumnName("body");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
    }
}
