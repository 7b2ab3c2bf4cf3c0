using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Security.DataProtection;

namespace SyncConsole.Data.Configurations;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(k => k.FriendlyName).HasColumnName("friendly_name").HasMaxLength(200);
        builder.Property(k => k.Xml).HasColumnName("xml");
    }
}
