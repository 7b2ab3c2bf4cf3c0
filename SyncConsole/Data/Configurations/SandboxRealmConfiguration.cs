using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sandbox;

namespace SyncConsole.Data.Configurations;

internal sealed class SandboxRealmConfiguration : IEntityTypeConfiguration<SandboxRealmRow>
{
    public void Configure(EntityTypeBuilder<SandboxRealmRow> builder)
    {
        builder.ToTable("sandbox_realms");
        builder.HasKey(r => r.RealmId);
        builder.Property(r => r.RealmId).HasColumnName("realm_id").HasMaxLength(50);
        builder.Property(r => r.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.NextId).HasColumnName("next_id");
        builder.Property(r => r.Version).HasColumnName("version");
        builder.Property(r => r.FaultsJson).HasColumnName("faults");
    }
}
