using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Notifications;

namespace SyncConsole.Data.Configurations;

internal sealed class NotificationDeliveryRowConfiguration : IEntityTypeConfiguration<NotificationDeliveryRow>
{
    public void Configure(EntityTypeBuilder<NotificationDeliveryRow> builder)
    {
        builder.ToTable("notification_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").HasMaxLength(50);
        builder.Property(d => d.TenantId).HasColumnName("tenant_id");
        builder.Property(d => d.ConnectionId).HasColumnName("connection_id").HasMaxLength(50);
        builder.Property(d => d.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(d => d.RecordId).HasColumnName("record_id").HasMaxLength(100);
        builder.Property(d => d.Operation).HasColumnName("operation").HasMaxLength(20);
        builder.Property(d => d.Version).HasColumnName("version");
        builder.Property(d => d.Payload).HasColumnName("payload");
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.Property(d => d.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.LockedUntil).HasColumnName("locked_until");
        builder.Property(d => d.LastAttemptAt).HasColumnName("last_attempt_at");
        builder.Property(d => d.LastStatusCode).HasColumnName("last_status_code");
        builder.Property(d => d.LastError).HasColumnName("last_error");
        builder.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(d => d.Replays).HasColumnName("replays");
        builder.HasIndex(d => new { d.TenantId, d.Status, d.CreatedAt });
        // The worker's queue across tenants: due pending deliveries.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}
