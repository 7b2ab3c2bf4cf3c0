using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Integrations;

namespace SyncConsole.Data.Configurations;

internal sealed class ConnectionRowConfiguration : IEntityTypeConfiguration<ConnectionRow>
{
    public void Configure(EntityTypeBuilder<ConnectionRow> builder)
    {
        builder.ToTable("connections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").HasMaxLength(50);
        builder.Property(c => c.TenantId).HasColumnName("tenant_id");
        builder.Property(c => c.IntegrationId).HasColumnName("integration_id").HasMaxLength(50);
        builder.Property(c => c.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(c => c.ExternalAccountId).HasColumnName("external_account_id").HasMaxLength(100);
        builder.Property(c => c.ProtectedCredentials).HasColumnName("protected_credentials");
        builder.Property(c => c.ConnectedAt).HasColumnName("connected_at");
        builder.Property(c => c.LastSyncAt).HasColumnName("last_sync_at");
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(c => new { c.TenantId, c.IntegrationId }).IsUnique();
    }
}
