using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Integrations;

namespace SyncConsole.Data.Configurations;

internal sealed class OAuthStateRowConfiguration : IEntityTypeConfiguration<OAuthStateRow>
{
    public void Configure(EntityTypeBuilder<OAuthStateRow> builder)
    {
        builder.ToTable("oauth_states");
        builder.HasKey(s => s.StateHash);
        builder.Property(s => s.StateHash).HasColumnName("state_hash").HasMaxLength(100);
        builder.Property(s => s.TenantId).HasColumnName("tenant_id");
        builder.Property(s => s.IntegrationId).HasColumnName("integration_id").HasMaxLength(50);
        builder.Property(s => s.RedirectUri).HasColumnName("redirect_uri").HasMaxLength(2000);
        builder.Property(s => s.ExpiresAt).HasColumnName("expires_at");
        builder.Property(s => s.UsedAt).HasColumnName("used_at");
        builder.HasIndex(s => new { s.TenantId, s.ExpiresAt });
    }
}
