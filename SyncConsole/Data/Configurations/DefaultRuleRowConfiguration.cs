using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Admin;

namespace SyncConsole.Data.Configurations;

internal sealed class DefaultRuleRowConfiguration : IEntityTypeConfiguration<DefaultRuleRow>
{
    public void Configure(EntityTypeBuilder<DefaultRuleRow> builder)
    {
        builder.ToTable("default_sync_rules");
        builder.HasKey(r => r.EntityType);
        builder.Property(r => r.EntityType).HasColumnName("entity_type").HasMaxLength(30);
        builder.Property(r => r.RuleJson).HasColumnName("rule");
        // Two admins saving at once: the second write of a row is refused instead of silently replacing the first.
        builder.Property(r => r.UpdatedAt).HasColumnName("updated_at").IsConcurrencyToken();
        builder.Property(r => r.UpdatedBy).HasColumnName("updated_by").HasMaxLength(200);
    }
}
