using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Webhooks;

namespace SyncConsole.Data.Configurations;

internal sealed class WebhookEventRowConfiguration : IEntityTypeConfiguration<WebhookEventRow>
{
    public void Configure(EntityTypeBuilder<WebhookEventRow> builder)
    {
        builder.ToTable("webhook_events");
        builder.HasKey(e => new { e.Provider, e.EventId });
        builder.Property(e => e.Provider).HasColumnName("provider").HasMaxLength(50);
        builder.Property(e => e.EventId).HasColumnName("event_id").HasMaxLength(200);
        builder.Property(e => e.ExternalAccountId).HasColumnName("external_account_id").HasMaxLength(100);
        builder.Property(e => e.OccurredAt).HasColumnName("occurred_at");
        builder.Property(e => e.ReceivedAt).HasColumnName("received_at");
        builder.HasIndex(e => e.ReceivedAt);
    }
}
