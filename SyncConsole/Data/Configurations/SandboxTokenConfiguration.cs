using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Sandbox;

namespace SyncConsole.Data.Configurations;

internal sealed class SandboxTokenConfiguration : IEntityTypeConfiguration<SandboxTokenRow>
{
    public void Configure(EntityTypeBuilder<SandboxTokenRow> builder)
    {
        builder.ToTable("sandbox_tokens");
        builder.HasKey(t => t.TokenHash);
        builder.Property(t => t.TokenHash).HasColumnName("token_hash").HasMaxLength(100);
        builder.Property(t => t.Kind).HasColumnName("kind").HasMaxLength(30);
        builder.Property(t => t.ClientId).HasColumnName("client_id").HasMaxLength(200);
        builder.Property(t => t.RealmId).HasColumnName("realm_id").HasMaxLength(50);
        builder.Property(t => t.GrantId).HasColumnName("grant_id").HasMaxLength(100);
        builder.Property(t => t.ExpiresAt).HasColumnName("expires_at");
        builder.Property(t => t.RedirectUri).HasColumnName("redirect_uri").HasMaxLength(2000);
        builder.HasIndex(t => t.ExpiresAt);
        builder.HasIndex(t => t.GrantId);
    }
}
