using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SyncConsole.Security.Embedding;

namespace SyncConsole.Data.Configurations;

internal sealed class EmbedTokenUseRowConfiguration : IEntityTypeConfiguration<EmbedTokenUseRow>
{
    public void Configure(EntityTypeBuilder<EmbedTokenUseRow> builder)
    {
        builder.ToTable("embed_token_uses");
        builder.HasKey(u => u.TokenId);
        builder.Property(u => u.TokenId).HasColumnName("token_id").HasMaxLength(100);
        builder.Property(u => u.ExpiresAt).HasColumnName("expires_at");
        // Housekeeping deletes by expiry.
        builder.HasIndex(u => u.ExpiresAt);
    }
}
