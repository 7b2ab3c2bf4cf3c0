using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Integrations;

namespace SyncConsole.Data.Configurations;

internal sealed class SyncRuleRowConfiguration : IEntityTypeConfiguration<SyncRuleRow>
{
    public void Configure(EntityTypeBuilder<SyncRuleRow> builder)
    {
        builder.ToTable("sync_rules");
        builder.HasKey(r => new { r.TenantId, r.IntegrationId, r.EntityType });
        builder.Property(r => r.TenantId).HasColumnName("tenant_id");
        builder.Property(r => r.IntegrationId).HasColumnName("integration_id").HasMaxLength(50);
        builder.Property(r => r.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(r => r.RuleJson).HasColumnName("rule");
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at");
    }
}
