using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Notifications;

namespace SyncConsole.Data.Configurations;

internal sealed class NotificationEndpointRowConfiguration : IEntityTypeConfiguration<NotificationEndpointRow>
{
    public void Configure(EntityTypeBuilder<NotificationEndpointRow> builder)
    {
        builder.ToTable("notification_endpoints");
        builder.HasKey(e => e.TenantId);
        builder.Property(e => e.TenantId).HasColumnName("tenant_id");
        builder.Property(e => e.Url).HasColumnName("url").HasMaxLength(2000);
        builder.Property(e => e.SecretProtected).HasColumnName("secret_protected");
        builder.Property(e => e.Enabled).HasColumnName("enabled");
        builder.Property(e => e.SecretCreatedAt).HasColumnName("secret_created_at");
        builder.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        builder.Property(e => e.UpdatedBy).HasColumnName("updated_by").HasMaxLength(200);
    }
}
